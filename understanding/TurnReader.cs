using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Knowledge;

namespace SupportBot.Understanding;

/// <summary>
/// Reads a message into its acts from the recognizer's result and recognizer.yaml's act phrases and out-of-scope topics.
/// Phrases are folded as the message is (width, case, katakana as hiragana); Latin phrases match whole words only.
/// </summary>
public static partial class TurnReader
{
    private static readonly ConditionalWeakTable<RecognizerVocabulary, FoldedVocabulary> Folded = new();
    private static readonly ConditionalWeakTable<RecognizerVocabulary, VocabularyEntityExtractor> Facts = new();

    // Intents that ask the bot to do or explain something (a topic), rather than close, greet or ask for a person.
    private static readonly HashSet<string> TopicIntents =
    [
        SupportIntents.CancelOrder, SupportIntents.RefundStatus, SupportIntents.CancelFailed, SupportIntents.CancelRejected,
        SupportIntents.ShippedAnyway, SupportIntents.WithdrawCancel, SupportIntents.RefuseDelivery, SupportIntents.ReturnItem,
        SupportIntents.Faq,
    ];

    // 「〜したから」 says it is done; every other 〜したか… (「取り消したか」 in Kyushu) wants it; 〜した場合 supposes it.
    private static readonly string[] NotDoneAfter = ["い", "ら", "く", "か", "ほう", "ほが", "のむ", "のみ", "のま", "場合", "ばあい"];

    public static TurnReading Read(string? text, RecognizedTurn turn, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(knowledge);
        if (string.IsNullOrWhiteSpace(text))
        {
            return TurnReading.None with { Turn = turn };
        }

        var vocabulary = Folded.GetValue(knowledge.Vocabulary, v => new FoldedVocabulary(v));
        var folded = " " + SpokenJapanese.Simplify(TextNormalizer.Fold(text)) + " ";
        var acts = TurnActs.None;
        if (turn.OrderNumber is not null || turn.Stage is not null || turn.Seller is not null || turn.PaymentMethod is not null || turn.DaysAgo is not null || turn.Date is not null)
        {
            acts |= TurnActs.Fact;
        }

        // 「この注文やめとくわ」 stops the order, which is cancelling it; 「やっぱやめとく」 alone changes the customer's mind.
        var changeOfMindSaid = vocabulary.ChangeOfMind.Where(p => Contains(folded, p) && !OrderStopped(folded, p)).ToList();
        var changeOfMind = changeOfMindSaid.Count > 0;
        // 「注文をやめたい」 / "I need to stop an order": stopping an order is cancelling it, not leaving the chat.
        if (turn.Is(SupportIntents.Quit, 0) && !changeOfMind && OrderWords().IsMatch(folded))
        {
            turn = turn with { Intent = SupportIntents.CancelOrder, Score = Math.Max(turn.Score, 0.6) };
        }

        // 「間違えてキャンセル押してしもた、取り消せる？」: a cancellation already sent, to be taken back, not another one.
        if (!turn.Is(SupportIntents.WithdrawCancel, 0) && UndoesCancel().IsMatch(folded))
        {
            turn = turn with { Intent = SupportIntents.WithdrawCancel, Score = Math.Max(turn.Score, 0.8) };
        }
        // 「キャンセルボタンを押しても取り消しできません」: the button pressed and nothing done is a failed request, not one to undo.
        else if (turn.Is(SupportIntents.WithdrawCancel, 0) && PressedInVain().IsMatch(folded) && !UndoesCancel().IsMatch(folded))
        {
            turn = turn with { Intent = SupportIntents.CancelFailed };
        }

        // Izumo's 「だんだん」 thanks when said alone; inside a sentence it is the standard "gradually".
        if (ThanksAlone().IsMatch(folded))
        {
            acts |= TurnActs.Thanks;
        }

        if (changeOfMind)
        {
            acts |= TurnActs.ChangeOfMind;
        }

        if (Asks(text, folded, vocabulary))
        {
            acts |= TurnActs.Question;
        }

        if (vocabulary.RefundWhen.Any(p => Contains(folded, p)))
        {
            acts |= TurnActs.RefundWhen | TurnActs.Question;
        }

        if (vocabulary.AnotherOrder.Any(p => Contains(folded, p)))
        {
            acts |= TurnActs.AnotherOrder;
        }

        // 「キャンセルしたい」「返品したら」「返品したくて」「返品したかとです」「キャンセルしたほうが」「取り消し(た)のむ」 want,
        // suppose or ask for it; only the plain past says it is done.
        if (vocabulary.AlreadyDone.Any(p => Contains(folded, p) && (Contains(folded, p + "から") || !NotDoneAfter.Any(after => Contains(folded, p + after)))))
        {
            acts |= TurnActs.AlreadyDone;
        }

        if (vocabulary.MoneyMissing.Any(p => Contains(folded, p)))
        {
            acts |= TurnActs.MoneyMissing;
        }

        if (vocabulary.Explains.Any(p => Contains(folded, p)))
        {
            acts |= TurnActs.Explains;
        }

        if (vocabulary.NoNeed.Any(p => Contains(folded, p)))
        {
            acts |= TurnActs.NoNeed;
        }

        if (vocabulary.Correction.Any(p => Contains(folded, p)))
        {
            acts |= TurnActs.Correction;
        }

        if (turn.Is(SupportIntents.Thanks) || vocabulary.Thanks.Any(p => Contains(folded, p)))
        {
            acts |= TurnActs.Thanks;
        }

        if (vocabulary.Bye.Any(p => Contains(folded, p)))
        {
            acts |= TurnActs.Bye;
        }

        if (vocabulary.Acknowledge.Any(p => Contains(folded, p)))
        {
            acts |= TurnActs.Acknowledge;
        }

        if (vocabulary.SellerSilent.Any(p => Contains(folded, p)) || NoReply().IsMatch(folded))
        {
            acts |= TurnActs.SellerSilent;
        }

        // "Tell the delivery person", "haitatsu person", 「配達の人に言えば」, "dinner for 40 persons": no person to hand over to.
        var namesNoAgent = NoAgent().IsMatch(folded);
        var personText = namesNoAgent ? NoAgent().Replace(folded, " ") : folded;
        var namesPerson = vocabulary.Person.Any(p => Contains(personText, p));
        var askedPerson = namesPerson || (turn.Is(SupportIntents.Human) && !namesNoAgent);
        // 「どちらにお問い合わせすればよろしいのでしょうか」 "who do I contact if…?" asks where to turn, not for a person now.
        if (AsksWhomToContact().IsMatch(folded) && !namesPerson)
        {
            turn = turn.Is(SupportIntents.Human, 0) ? turn with { Intent = SupportIntents.Faq } : turn;
            acts |= TurnActs.Question;
        }
        else if (namesPerson && DeclinesPerson(personText, vocabulary))
        {
            // "No need a person, I look myself", 「担当者は大丈夫です」: a person declined is no request for one.
            turn = turn.Is(SupportIntents.Human, 0) ? turn with { Intent = SupportIntents.None } : turn;
            acts |= TurnActs.NoNeed;
        }
        else if (askedPerson)
        {
            acts |= TurnActs.Person;
        }
        else if (turn.Is(SupportIntents.Human, 0))
        {
            turn = turn with { Intent = (acts & TurnActs.Question) != 0 ? SupportIntents.Faq : SupportIntents.None };
        }

        if (turn.Frustrated)
        {
            acts |= TurnActs.Complaint;
        }

        if (turn.Is(SupportIntents.Greeting))
        {
            acts |= TurnActs.Greeting;
        }

        // 「キャンセルはもうやめときます」「やっぱり返品はやめときます」 stop the request they name; they ask for none (「受取拒否は
        // やめて、届いたら返品します」 still asks for the return it names besides).
        var stopped = changeOfMindSaid.Select(NamedIntent).FirstOrDefault(i => i is not null);
        var instead = stopped is null ? null : OtherRequestNamed(folded, stopped);
        if (instead is not null)
        {
            turn = turn with { Intent = instead, Score = Math.Max(turn.Score, 0.6) };
        }

        var stopsWhatItNames = stopped is not null && instead is null && stopped == turn.Intent;
        if (TopicIntents.Contains(turn.Intent) && turn.Score >= 0.5 && !stopsWhatItNames)
        {
            acts |= TurnActs.Topic;
        }

        // 「在庫がないってキャンセルになったのに、まだ請求が載っとる」: a cancellation done and its money missing is the refund to
        // look into, whatever else its story names.
        var refundMatter = (acts & (TurnActs.AlreadyDone | TurnActs.MoneyMissing)) == (TurnActs.AlreadyDone | TurnActs.MoneyMissing);
        var outOfScope = refundMatter ? null : vocabulary.OutOfScope.FirstOrDefault(t => t.Words.Any(p => Contains(folded, p))).Topic;
        if (outOfScope is not null || (turn.Is(SupportIntents.OutOfScope) && !refundMatter))
        {
            acts |= TurnActs.OutOfScope;
        }

        // "That is all for today", 「今日はありがとう」: a day said in a goodbye is no fact about the order.
        if ((acts & (TurnActs.Bye | TurnActs.Thanks)) != 0 && (acts & TurnActs.Question) == 0 && turn.OrderNumber is null && turn.Stage is null
            && turn.Seller is null && turn.PaymentMethod is null && (turn.DaysAgo is not null || turn.Date is not null))
        {
            acts &= ~TurnActs.Fact;
            turn = turn with { DaysAgo = null, Date = null };
        }

        return new TurnReading(acts, turn, outOfScope);
    }

    /// <summary>
    /// A message without the sentences that only tell its order's facts (「注文番号は…です。まだ発送前です。キャンセルすると
    /// ペナルティがありますか?」), when a sentence left asks: what answers it is looked for there. The whole text otherwise.
    /// </summary>
    public static string QuestionPart(string text, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(knowledge);
        var sentences = SentenceEnd().Split(text).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (sentences.Count < 2)
        {
            return text;
        }

        var vocabulary = Folded.GetValue(knowledge.Vocabulary, v => new FoldedVocabulary(v));
        var facts = Facts.GetValue(knowledge.Vocabulary, v => new VocabularyEntityExtractor(v));
        var read = sentences.Select(s =>
        {
            var folded = SpokenJapanese.Simplify(TextNormalizer.Fold(s));
            var asks = Asks(s, " " + folded + " ", vocabulary);
            return (Text: s, Asks: asks, OnlyTells: !asks && (OrderNumberExtractor.TryExtract(s, out _) || facts.Find(folded).Count > 0));
        }).ToList();
        var kept = read.Where(s => !s.OnlyTells).ToList();
        return kept.Count == 0 || kept.Count == read.Count || !kept.Any(s => s.Asks) ? text : string.Join(" ", kept.Select(k => TurnOpener().Replace(k.Text, string.Empty)));
    }

    /// <summary>
    /// The asking sentences of a message that asks more than one thing (「受取拒否したら送料はこっち持ち？あと、お金はいつ
    /// 戻る？」), each without its opener; empty when it asks one thing or none.
    /// </summary>
    public static IReadOnlyList<string> QuestionParts(string? text, KnowledgeSnapshot knowledge) =>
        AskingParts(text, knowledge) is { Count: > 1 } asking ? asking : [];

    /// <summary>The asking sentences of a message, each without its opener, however many there are.</summary>
    public static IReadOnlyList<string> AskingParts(string? text, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var vocabulary = Folded.GetValue(knowledge.Vocabulary, v => new FoldedVocabulary(v));
        return WithSubstance([.. Sentences(text)])
            .Where(s => AsksAtEnd(s, vocabulary))
            .Select(s => TurnOpener().Replace(s, string.Empty).Trim())
            .Where(s => HasSubstance(s) && !AsksToAsk().IsMatch(TextNormalizer.Fold(s)))
            .ToList();
    }

    /// <summary>True when the text asks when the money comes back (recognizer.yaml's refund_when phrases).</summary>
    public static bool AsksRefundWhen(string? text, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var vocabulary = Folded.GetValue(knowledge.Vocabulary, v => new FoldedVocabulary(v));
        var folded = " " + SpokenJapanese.Simplify(TextNormalizer.Fold(text ?? string.Empty)) + " ";
        return vocabulary.RefundWhen.Any(p => Contains(folded, p));
    }

    /// <summary>
    /// False for a sentence too short to say what it asks (「なんで!?」 "why??"; 「送料は？」 says it in two kanji): it is
    /// answered from the message around it, never alone.
    /// </summary>
    public static bool HasSubstance(string sentence) =>
        sentence.Count(char.IsLetterOrDigit) >= MinQuestionLetters || sentence.Count(IsKanji) >= 2;

    private static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private const int MinQuestionLetters = 6;

    // 「…今日届いた!! なんで??」: a sentence too short to say what it asks belongs to the one before it (the first to the next).
    private static List<string> WithSubstance(List<string> sentences)
    {
        var merged = new List<string>();
        foreach (var sentence in sentences)
        {
            if (merged.Count > 0 && (!HasSubstance(sentence) || !HasSubstance(merged[^1])))
            {
                merged[^1] = merged[^1].TrimEnd() + " " + sentence.Trim();
            }
            else
            {
                merged.Add(sentence);
            }
        }

        return merged;
    }

    /// <summary>The sentences of a message, split after 。！？!? or a line break, or at ". " between English sentences.</summary>
    public static IReadOnlyList<string> Sentences(string? text) =>
        SentenceEnd().Split(text ?? string.Empty).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();

    /// <summary>
    /// True when some sentence of the message asks: a question mark, or a question phrase at its end (「お金が戻るまで
    /// 待ちます」 holds a question's words but asks nothing).
    /// </summary>
    public static bool SomeSentenceAsks(string? text, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var vocabulary = Folded.GetValue(knowledge.Vocabulary, v => new FoldedVocabulary(v));
        return Sentences(text).Any(s => AsksAtEnd(s, vocabulary));
    }

    // 「いつもお世話になっております」 holds いつ but asks nothing: a part asks with a question mark or a question phrase at its end.
    private static bool AsksAtEnd(string sentence, FoldedVocabulary vocabulary)
    {
        var folded = SpokenJapanese.Simplify(TextNormalizer.Fold(sentence)).TrimEnd();
        var end = folded.Length > QuestionEndLength ? folded[^QuestionEndLength..] : folded;
        return Asks(sentence, " " + end + " ", vocabulary);
    }

    private const int QuestionEndLength = 12;

    // A question mark anywhere asks (「メールいく？？バレたくないんだけど💦」 ends with an emoji, not the mark), as does a question phrase.
    private static bool Asks(string text, string folded, FoldedVocabulary vocabulary) =>
        TextNormalizer.Normalize(text).Contains('?', StringComparison.Ordinal) || vocabulary.Question.Any(p => Contains(folded, p));

    // 「質問3つだけええですか」「もう一個だけ聞いてもいいですか」 "may I ask two things?": asks leave to ask, not a question to answer.
    [GeneratedRegex(@"^[^?？をに]{0,10}(?:質問|しつもん)[^?？をに]{0,6}(?:して)?(?:も)?(?:いい|ええ|よろしい|宜しい|かまい|構い)[^?？]{0,6}[?？]?$|^(?:ちょっと|少し|すこし|一つ|ひとつ|二つ|ふたつ|\d+つ|もう一[つ個]|もういっこ)?(?:だけ)?(?:聞いて|きいて|お聞きして|伺って|うかがって)(?:も)?(?:いい|ええ|よろしい|宜しい|かまい|構い)[^?？]{0,6}[?？]?$|^(?:(?:may|can|could) i ask(?: you)?(?: (?:something|a question|a few questions|some questions|two things|a couple of things|one more (?:thing|question)))?|i have (?:a|two|three|some|a few) (?:more )?questions?)[\s,.!]*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex AsksToAsk();

    // 「ところで」「ちなみに」 "by the way": how a question turns from the facts, not what it asks.
    [GeneratedRegex(@"^\s*(?:ところで|ちなみに|それと|それから|あと(?!で)|あの(?![a-zぁ-ん])|(?:by the way|btw|also|and)(?![a-z]))[、,\s]*", RegexOptions.IgnoreCase)]
    private static partial Regex TurnOpener();

    // A sentence ends after 。！？!? or a line break, or at ". " between English sentences.
    [GeneratedRegex(@"(?<=[。．｡！？!?\n])|(?<=[a-zA-Z0-9]\.)\s+")]
    private static partial Regex SentenceEnd();

    // "返金+いつ": every part, in that order; a Latin part as whole words.
    private static bool Contains(string folded, string phrase)
    {
        var at = 0;
        foreach (var part in phrase.Length > 1 ? phrase.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [phrase])
        {
            var found = IndexOf(folded, part, at);
            if (found < 0)
            {
                return false;
            }

            at = found + part.Length;
        }

        return true;
    }

    private static int IndexOf(string folded, string phrase, int start)
    {
        if (!IsLatin(phrase))
        {
            return folded.IndexOf(phrase, start, StringComparison.Ordinal);
        }

        var match = Regex.Match(folded[start..], @"(?<![a-z0-9])" + Regex.Escape(phrase) + @"(?![a-z0-9])", RegexOptions.CultureInvariant);
        return match.Success ? start + match.Index : -1;
    }

    // A no-need phrase just before a person phrase ("no need for a person") or just after it (「担当者は結構です」).
    private static bool DeclinesPerson(string folded, FoldedVocabulary vocabulary) =>
        vocabulary.Person.Where(p => !p.Contains('+')).SelectMany(p => Occurrences(folded, p).Select(at => (Start: at, End: at + p.Length)))
            .Any(person => vocabulary.NoNeed.Where(n => !n.Contains('+')).Any(n => Occurrences(folded, n).Any(at =>
                (at + n.Length <= person.Start && DeclinedBefore().IsMatch(folded[(at + n.Length)..person.Start]))
                || (at >= person.End && DeclinedAfter().IsMatch(folded[person.End..at])))));

    // Between "no need" and the person: only "for / of / a / to talk to" ("no need for a person"), nothing that turns the sentence.
    [GeneratedRegex(@"^\s*(?:(?:for|of|a|an|to|talk|speak|with)\s+)*$")]
    private static partial Regex DeclinedBefore();

    // Between the person and the no-need word: a topic particle at most (「担当者は大丈夫」「人はいらん」 "a person is not needed").
    [GeneratedRegex(@"^\s*(?:は|も|さんは|さんも|の方は|is|are)?\s*$")]
    private static partial Regex DeclinedAfter();

    private static IEnumerable<int> Occurrences(string folded, string phrase)
    {
        for (var at = IndexOf(folded, phrase, 0); at >= 0; at = at + 1 < folded.Length ? IndexOf(folded, phrase, at + 1) : -1)
        {
            yield return at;
        }
    }

    private static bool OrderStopped(string folded, string phrase) =>
        phrase.StartsWith("やめ", StringComparison.Ordinal) && (folded.Contains("注文" + phrase, StringComparison.Ordinal)
            || folded.Contains("注文を" + phrase, StringComparison.Ordinal) || folded.Contains("注文は" + phrase, StringComparison.Ordinal));

    private static bool IsLatin(string phrase) => phrase.Any(char.IsAsciiLetter) && phrase.All(c => c < 0x80);

    [GeneratedRegex(@"注文|ちゅうもん|きゃんせる|(?<![a-z])(?:order|orders|cancel|purchase)(?![a-z])")]
    private static partial Regex OrderWords();

    [GeneratedRegex(@"(?<![a-z])(?:delivery|deliver)\s+(?:person|persons|people|guy|man|men|driver|staff)(?![a-z])|(?<![a-z])\d+\s*(?:persons|people)(?![a-z])|(?:はいたつ|haitatsu|たくはい|配達|宅配)\s*(?:no\s*)?(?:person|persons|people|guy|man|staff)(?![a-z])|(?:配達|宅配|運送|配送)(?:の|屋の|業者の)?(?:人|ひと|方(?!法)|員|おじさん|お兄さん)")]
    private static partial Regex NoAgent();

    [GeneratedRegex(@"(?:どこ|どちら|だれ|誰|どなた)(?:に|へ)[^。?]{0,12}(?:問い合わせ|問合せ|といあわせ|連絡|相談)(?:すれば|したら|すると|するの|するん|するべき)|(?<![a-z])(?:who|where)\s+(?:do|should|can)\s+i\s+(?:contact|ask|call|write to)(?![a-z])")]
    private static partial Regex AsksWhomToContact();

    // The request a change-of-mind phrase names (「返品はやめ」 names the return), if any.
    private static string? NamedIntent(string phrase) =>
        CancelWord().IsMatch(phrase) ? SupportIntents.CancelOrder
        : ReturnWord().IsMatch(phrase) ? SupportIntents.ReturnItem
        : RefuseWord().IsMatch(phrase) ? SupportIntents.RefuseDelivery
        : null;

    // Another of the requests named beside the one stopped.
    private static string? OtherRequestNamed(string folded, string stopped) =>
        stopped != SupportIntents.ReturnItem && ReturnWord().IsMatch(folded) ? SupportIntents.ReturnItem
        : stopped != SupportIntents.RefuseDelivery && RefuseWord().IsMatch(folded) ? SupportIntents.RefuseDelivery
        : null;

    [GeneratedRegex(@"きゃんせる|取り消|(?<![a-z])cancel")]
    private static partial Regex CancelWord();

    [GeneratedRegex(@"返品|へんぴん|(?<![a-z])return")]
    private static partial Regex ReturnWord();

    [GeneratedRegex(@"受取拒否|受け取り拒否|(?<![a-z])refus")]
    private static partial Regex RefuseWord();

    [GeneratedRegex(@"^\s*(?:だんだん|あんやと)(?:ね|な|ね[えぇ]|ですわ|だわ|だけん)?[!！。\s]*$")]
    private static partial Regex ThanksAlone();

    // A reply that does not come, however it is said (「返事こねぇ」「返信くれない」「なんの返事もねえ」「返信ありません」): the phrase
    // list's words, generalised over the ways of saying no.
    [GeneratedRegex(@"(?:返事|返信|へんじ|へんしん|応答)(?:が|は|も|を|の)?\s*(?:まだ|全然|ぜんぜん|一向に|いっこうに|一切|いっさい)?\s*(?:こ|来|き|く|くれ|もらえ|あり|貰え)?(?:ない|ねぇ|ねえ|ねー|ん(?![でだ])|へん|ひん|ません|なか|ず|ぬ|ねかっ)")]
    private static partial Regex NoReply();

    // The press and its failure in one clause, told, not asked (「押してしまったので、取り消しできませんか」 asks to undo it).
    [GeneratedRegex(@"(?:押しても|おしても|押したら|おしたら|押すと|おすと)[^。、,?!？！]{0,12}?(?:できません|できない|できへん|でけへん|できん|出来ません|出来ない|えらー|失敗|反応しな|反応がな)(?!か|[?？])")]
    private static partial Regex PressedInVain();

    // A cancellation pressed or sent (not wanted: 「キャンセルしたい」), then asked to be undone further on.
    [GeneratedRegex(@"(?:きゃんせる|取り消し|とりけし)[^。?!]{0,12}?(?:押し(?:た|ちゃ|て(?!も))|おし(?:た|ちゃ|て(?!も))|送っ(?:た|ちゃ|て(?!も))|送信し(?:た|ちゃ|て(?!も))|しちゃ|してしま|してもう|しまし|しまっ|した(?![いくらか]))[\s\S]{0,120}?(?:取り消せ(?!ない|ません|ず|なかっ)|とりけせ(?!ない|ません|ず)|取り消し(?:って|は|が|の|を)?(?:ほう)?(?:って)?(?:でき|出来)(?!ない|ません|ず|なかっ)|取消(?:し)?(?:でき|出来)(?!ない|ません|ず)|(?:きゃんせる|注文)を?元に戻|撤回|なかったことに)")]
    private static partial Regex UndoesCancel();

    /// <summary>The act phrases and topic words folded once per vocabulary.</summary>
    private sealed class FoldedVocabulary(RecognizerVocabulary vocabulary)
    {
        public IReadOnlyList<string> Question { get; } = Fold(vocabulary.Acts.Question);

        public IReadOnlyList<string> ChangeOfMind { get; } = Fold(vocabulary.Acts.ChangeOfMind);

        public IReadOnlyList<string> Correction { get; } = Fold(vocabulary.Acts.Correction);

        public IReadOnlyList<string> Thanks { get; } = Fold(vocabulary.Acts.Thanks);

        public IReadOnlyList<string> Bye { get; } = Fold(vocabulary.Acts.Bye);

        public IReadOnlyList<string> Acknowledge { get; } = Fold(vocabulary.Acts.Acknowledge);

        public IReadOnlyList<string> Person { get; } = Fold(vocabulary.Acts.Person);

        public IReadOnlyList<string> SellerSilent { get; } = Fold(vocabulary.Acts.SellerSilent);

        public IReadOnlyList<string> RefundWhen { get; } = Fold(vocabulary.Acts.RefundWhen);

        public IReadOnlyList<string> NoNeed { get; } = Fold(vocabulary.Acts.NoNeed);

        public IReadOnlyList<string> AnotherOrder { get; } = Fold(vocabulary.Acts.AnotherOrder);

        public IReadOnlyList<string> AlreadyDone { get; } = Fold(vocabulary.Acts.AlreadyDone);

        public IReadOnlyList<string> MoneyMissing { get; } = Fold(vocabulary.Acts.MoneyMissing);

        public IReadOnlyList<string> Explains { get; } = Fold(vocabulary.Acts.Explains);

        public IReadOnlyList<(OutOfScopeTopic Topic, IReadOnlyList<string> Words)> OutOfScope { get; } =
            vocabulary.OutOfScope.Select(t => (t, (IReadOnlyList<string>)Fold(t.Words))).ToList();

        // The question mark is matched on the raw text (folding drops trailing punctuation), so it is kept as typed.
        private static List<string> Fold(Phrases phrases) =>
            phrases.All.Select(p => p.EndsWith('?') && p.Length > 1 ? SpokenJapanese.Simplify(TextNormalizer.Fold(p[..^1])) + "?" : SpokenJapanese.Simplify(TextNormalizer.Fold(p)))
                .Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }
}
