using SupportBot.Knowledge;

namespace SupportBot.Understanding;

/// <summary>
/// Stage, seller and payment method from the vocabulary's phrases. All three are matched together so that a longer
/// phrase of one kind ("convenience store") beats a shorter one of another inside it ("store").
/// </summary>
public sealed partial class VocabularyEntityExtractor
{
    private const string NotAFact = "none:none";
    private static readonly string ShippedId = KnowledgeIds.Id(OrderStage.Shipped);
    private static readonly string ReceivedId = KnowledgeIds.Id(OrderStage.Received);
    private static readonly string NotShippedId = KnowledgeIds.Id(OrderStage.NotShipped);
    private static readonly string CashOnDeliveryId = KnowledgeIds.Id(PaymentMethod.CashOnDelivery);
    private static readonly string OtherPayment = $"{SupportEntities.PaymentMethod}:{KnowledgeIds.UnknownAnswer}";

    private readonly PhraseMatcher _matcher;

    public VocabularyEntityExtractor(RecognizerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _matcher = new PhraseMatcher(
            Keyed(SupportEntities.Stage, vocabulary.Stages, KnowledgeIds.Id)
                .Concat(Keyed(SupportEntities.Seller, vocabulary.Sellers, KnowledgeIds.Id))
                .Concat(Keyed(SupportEntities.PaymentMethod, vocabulary.Payments, KnowledgeIds.Id))
                .Concat(vocabulary.OtherPayments.All.Select(p => (OtherPayment, p)))
                .Concat(vocabulary.NotFacts.All.Select(p => (NotAFact, p))));
    }

    public IEnumerable<string> LatinWords => _matcher.LatinWords;

    /// <summary>At most one match per entity key: the longest phrase of that kind not inside a longer phrase.</summary>
    public IReadOnlyList<EntityMatch> Find(string folded)
    {
        // A phrase that states no fact (「メールが届きました」) hides every fact word it overlaps, and is dropped itself.
        var matches = _matcher.Matches(folded);
        var notFacts = matches.Where(m => m.Key == NotAFact).ToList();
        // A way to pay the table does not list (「ギフト券で払った」) is a payment all the same, whatever it overlaps.
        var kept = PhraseMatcher.Longest(matches.Where(m => m.Key != NotAFact && (m.Key == OtherPayment || !notFacts.Any(n => n.Overlaps(m)))))
            .Where(m => !Supposed(m, folded) && !Denied(m, folded, matches) && !InsideNotice(m, folded, matches))
            .Select(m => NoticeNotReceived(m, folded) ? m with { Key = SupportEntities.Stage + ":" + NotShippedId } : m)
            .ToList();
        // "Not arrived" beside "not shipped" (「まだ届いておりません。まだ出荷されていないそうです」) is a story told in order:
        // the last one said is where the order stands. Otherwise the longest phrase, a listed payment before an unlisted one
        // ("発送済みです。発送前なら…" keeps shipped; an arrival beside them is no correction).
        return kept
            .GroupBy(m => Split(m.Key).Entity)
            .Select(g => TakenBack(g.ToList(), folded) is { } meant ? meant
                : g.Key == SupportEntities.Stage && Shown(g.ToList(), folded) is { } shown ? shown
                : g.Key == SupportEntities.Stage && g.All(m => Split(m.Key).Id != ReceivedId) && g.Select(m => m.Key).Distinct().Count() > 1
                    && g.Where(m => Split(m.Key).Id == ShippedId).All(m => NotArrived().IsMatch(folded[m.Start..m.End]))
                ? g.OrderByDescending(m => m.Start).First()
                : g.OrderBy(m => m.Key == OtherPayment ? (NotYetPaid(g.ToList(), folded) ? -1 : 1) : 0).ThenByDescending(m => m.Length).ThenBy(m => m.Start).First())
            .Select(m => new EntityMatch(Split(m.Key).Entity, Split(m.Key).Id, m.Start, m.End))
            .ToList();
    }

    // 「同じ本がもう家にあると聞きましたけん…画面を見るとまだ「発送前」となっとります」: the status as the order history
    // shows it (quoted, or "…と出ている / it says …") outranks what the story around it tells.
    private static EntityMatch? Shown(List<EntityMatch> group, string folded)
    {
        if (group.Select(m => m.Key).Distinct().Count() < 2)
        {
            return null;
        }

        // 「配達済みと表示されていますが、届いていません」: a delivery shown but denied is a parcel still on its way.
        if (group.Any(m => Split(m.Key).Id == ShippedId && NotArrived().IsMatch(folded[m.Start..m.End])))
        {
            return null;
        }

        var shown = group.Where(m => (m.Start > 0 && "「『\"'“".Contains(folded[m.Start - 1]) && m.End < folded.Length && "」』\"'”".Contains(folded[m.End]))
            || StatusShownAfter().IsMatch(folded.AsSpan(m.End)) || StatusShownBefore().IsMatch(folded.AsSpan(0, m.Start))
            || StatusShownWithin().IsMatch(folded.AsSpan(m.Start, m.Length))).ToList();
        return shown.Select(m => m.Key).Distinct().Count() == 1 ? shown[0] : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[」』""'”]?\s*(?:(?:と|って|て)\s*(?:なっ|出て|でて|出と|表示|書い|かい|あり|ある)|になっ)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StatusShownAfter();

    // A phrase that holds the marker itself (「発送前になって」).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:になっ|となっ|って出|と出|と表示)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StatusShownWithin();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:status(?: is| says| shows)?|it says|page says|history says|(?:すてーたす|状態|表示)(?:は|が|も)?)\s*(?:still\s*|まだ)?[「『""'“]?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StatusShownBefore();

    // 「このまま発送されちゃったらどうなりますか」「ちゃんと届いてますか」 "what if it ships": a stage supposed or asked
    // about is no stage told.
    private static bool Supposed(EntityMatch match, string folded) =>
        Split(match.Key).Entity == SupportEntities.Stage
        && ((SupposedAfter().IsMatch(folded.AsSpan(match.End)) && !TellsWhatFollowed().IsMatch(folded.AsSpan(match.End)))
            || SupposedBefore().IsMatch(folded.AsSpan(0, match.Start)));

    // 「受け取ったら中身が違う商品でした」: 〜たら telling what was found, in the past, is no supposition.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^。.!！?？]{0,25}?(?:でした|ました|てた|ていた|だった|とった)(?:[。.!！わよね]|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TellsWhatFollowed();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:ら(?!し)|たら(?!し)|なら|ますか|てますか|てるか|ているか|でしょうか|か[?？]|かな|かどうか|場合|前に)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SupposedAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z])(?:what if|if|in case|before|until|unless)(?: (?:it|the (?:order|item|parcel|package)|they|that))?(?: (?:is|was|gets?|has|had|already))* $", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SupposedBefore();

    // 「まだ『発送しました』いうお便りは来てへん」 "I haven't had the 'shipped' e-mail": the shipping notice not received
    // yet says the order has not shipped.
    private static bool NoticeNotReceived(EntityMatch match, string folded) =>
        Split(match.Key).Entity == SupportEntities.Stage && Split(match.Key).Id == ShippedId && NoticeMissing().IsMatch(folded.AsSpan(match.End));

    // The notice's own 「来てへん」 is not the parcel's.
    private static bool InsideNotice(EntityMatch match, string folded, IReadOnlyList<EntityMatch> all) =>
        Split(match.Key).Entity == SupportEntities.Stage
        && all.Any(named => named.End <= match.Start && NoticeNotReceived(named, folded)
            && NoticeMissing().Match(folded[named.End..]) is { Success: true } notice && named.End + notice.Length >= match.Start);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[」』""'”]?\s*(?:と|って|て)?\s*(?:いう|言う|いった|の)?\s*(?:めーる|お便り|おたより|便り|連絡|通知|知らせ|お知らせ)(?:は|が|も)?\s*(?:まだ)?\s*(?:来て|きて|届いて|とどいて|来と|来ちょ)(?:い|お)?(?:ない|へん|ません|ねえ|ねぇ|らん)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NoticeMissing();

    // 「かーどっつうのは持ってねえもんで」「クレカじゃないです」"I have no card": a way to pay denied is no payment told (a
    // correction naming another one after it is TakenBack's).
    private static bool Denied(EntityMatch match, string folded, IReadOnlyList<EntityMatch> all) =>
        Split(match.Key).Entity == SupportEntities.PaymentMethod
        && (DeniedAfter().IsMatch(folded.AsSpan(match.End)) || DeniedBefore().IsMatch(folded.AsSpan(0, match.Start)))
        && !all.Any(other => other.Start >= match.End && Split(other.Key).Entity == SupportEntities.PaymentMethod && other.Key != match.Key);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:っつうのは|っつうの|っていうのは|というのは|なんて|なんか|とか|は|が|も)?\s*(?:(?:持って|もって|持っと|もっと|使って|つかって|使っと)(?:い|お)?(?:ない|ねえ|ねぇ|ねー|ません|へん|らん))(?![^。、,]*?(?:か[?？]?$|[?？]))|^\s*(?:は|が|も)?\s*(?:じゃ|では|でわ|や)(?:ない|ねえ|ねぇ|ありません|あらへん|のうて)(?!か|と|の)(?![^。、,]*?(?:か[?？]?$|[?？]))", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DeniedAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z])(?:i have no|have no|there is no|there's no|no|not by|not with|don'?t have an?|do not have an?|don'?t own an?|without an?|never use an?)\s+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DeniedBefore();

    // 「代引きじゃったと思う… あ、ちゃうわ、カードじゃった」「クレカじゃなくてPayPay」「カードじゃねかったセブンで払った」: a value followed by a correction and
    // another value of the same kind is taken back; the last such value is the one meant.
    private static EntityMatch? TakenBack(List<EntityMatch> group, string folded)
    {
        var ordered = group.OrderBy(m => m.Start).ToList();
        EntityMatch? meant = null;
        for (var i = 1; i < ordered.Count; i++)
        {
            var earlier = ordered[i - 1];
            if (earlier.Key != ordered[i].Key && ordered[i].Start > earlier.End && Correction().IsMatch(folded[earlier.End..ordered[i].Start]))
            {
                meant = ordered[i];
            }
        }

        return meant;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"ちゃう|ちごう|ちごた|違って|ちがって|違った|ちがった|やっぱ|じゃなく|じゃなか|じゃねかっ|ではなく|ではなか|でなく|やなく|訂正|(?<![a-z])(?:actually|i mean|no wait)(?![a-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Correction();

    private static IEnumerable<(string Key, string Phrase)> Keyed<T>(string entity, IReadOnlyDictionary<T, Phrases> values, Func<T, string> id)
        where T : notnull =>
        values.SelectMany(v => v.Value.All.Select(p => ($"{entity}:{id(v.Key)}", p)));

    private static (string Entity, string Id) Split(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return (key[..colon], key[(colon + 1)..]);
    }

    // 「コンビニ払いを選択しましたが、まだ支払っておりません」: nothing was paid, so no refund timing applies; cash on delivery
    // says that already and stays.
    private static bool NotYetPaid(List<EntityMatch> group, string folded) =>
        group.Any(m => m.Key == OtherPayment && Unpaid().IsMatch(folded[m.Start..m.End]) && !PaidBefore().IsMatch(folded[..m.Start]))
        && group.All(m => Split(m.Key).Id != CashOnDeliveryId);

    [System.Text.RegularExpressions.GeneratedRegex(@"まだ(?:払|支払|はら)|未払|(?<![a-z])(?:not paid|haven'?t paid|have not paid|didn'?t pay)")]
    private static partial System.Text.RegularExpressions.Regex Unpaid();

    // 「コンビニで払ったのに、まだ払っていないことになってる」: paid, and shown as unpaid; the payment stands.
    [System.Text.RegularExpressions.GeneratedRegex(@"払った|払いました|払っ(?:て|た)のに|支払った|支払いました|はらった|(?<![a-z])paid(?! yet)")]
    private static partial System.Text.RegularExpressions.Regex PaidBefore();

    // Shipped phrases that only say it has not arrived yet (まだ届いていない, not delivered): weak evidence of shipping.
    [System.Text.RegularExpressions.GeneratedRegex(@"届|来|こな|こーへん|きて|arriv|deliver|come|came")]
    private static partial System.Text.RegularExpressions.Regex NotArrived();
}
