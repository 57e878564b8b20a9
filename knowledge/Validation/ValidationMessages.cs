namespace SupportBot.Knowledge.Validation;

/// <summary>Every validator message, in Japanese and English, for support leads reading `validate` output.</summary>
internal static class ValidationMessages
{
    /// <summary>A YAML error, explained in Japanese by what usually causes it; the parser's English beside it.</summary>
    public static (string Ja, string En) BrokenYaml(string detail)
    {
        var likely = detail switch
        {
            _ when detail.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase)
                || detail.Contains("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase) =>
                "文の中に「: 」（コロンと空白）があります。その文全体を \"…\" で囲んでください。",
            _ when detail.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) =>
                "字下げがそろっていないか、前の行の続きになっていません。上の行と同じ数の半角スペースで字下げしてください。",
            _ when detail.Contains("did not find expected '-' indicator", StringComparison.OrdinalIgnoreCase) =>
                "リストの字下げがそろっていません。「- 」の位置を上の行とそろえてください。",
            _ when detail.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) =>
                "引用符 \" の閉じ忘れがあります。文の最後にも \" を付けてください。",
            _ when detail.Contains("found character that cannot start any token", StringComparison.OrdinalIgnoreCase) =>
                "行の始めに使えない文字があります（タブ、全角の記号など）。半角スペースで字下げし、その文を \"…\" で囲んでください。",
            _ when detail.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) || detail.Contains("flow mapping", StringComparison.OrdinalIgnoreCase) =>
                "[ ] や { } の閉じ忘れ、または中の区切りの「, 」が正しくありません。",
            _ => "字下げ（半角スペース）と、「: 」や「, 」を含む文が \"…\" で囲まれているかをご確認ください。",
        };
        return ($"YAMLの書き方が正しくありません。{likely}（詳細: {detail}）",
                $"Broken YAML: {detail} (put text containing ': ' or ', ' in \"double quotes\"; check the indentation too)");
    }

    public static (string Ja, string En) FullWidthSpaceIndent() =>
        ("字下げに全角スペース（日本語入力のスペース）があります。半角スペースにしてください。",
         "The indentation contains a full-width (Japanese) space; use half-width spaces.");

    public static (string Ja, string En) TabIndent() =>
        ("字下げにタブがあります。半角スペースにしてください。", "The indentation contains a tab; use spaces.");

    public static (string Ja, string En) FullWidthColon(string key) =>
        ($"キー「{key}」のあとが全角のコロン「：」です。半角の「: 」（コロンと半角スペース）にしてください。",
         $"The key '{key}' is followed by a full-width colon '：'; use a half-width ': '.");

    public static (string Ja, string En) FullWidthDash() =>
        ("リストの印が全角の「－」や「ー」です。半角の「- 」（ハイフンと半角スペース）にしてください。",
         "The list marker is a full-width dash; use a half-width '- '.");

    public static (string Ja, string En) MissingSpaceAfterColon(string key) =>
        ($"キー「{key}」のコロンのあとに半角スペースがありません。「{key}: 」のように空けてください。",
         $"There is no space after the colon of '{key}'; write '{key}: '.");

    public static (string Ja, string En) EmptyFile() =>
        ("ファイルが空です。", "The file is empty.");

    public static (string Ja, string En) RootNotMapping() =>
        ("ファイルの一番上は「キー: 値」の形にしてください。", "The top of the file must be a mapping of keys to values.");

    public static (string Ja, string En) VersionNotFirst() =>
        ("ファイルは「version:」で始めてください。", "The file must start with `version:`.");

    public static (string Ja, string En) SchemaCommentMissing(string example) =>
        ($"1行目にスキーマのコメントがありません（例: {example}）。", $"The first line must name the schema (for example {example}).");

    public static (string Ja, string En) SchemaNotFound(string path) =>
        ($"スキーマファイルが見つかりません: {path}", $"Schema file not found: {path}");

    public static (string Ja, string En) DuplicateKey(string key) =>
        ($"キー「{key}」が2回書かれています。", $"The key '{key}' appears twice.");

    public static (string Ja, string En) UnknownKey(string key, string? suggestion) => suggestion is null
        ? ($"不明なキー「{key}」です。綴りを確認してください。", $"Unknown key '{key}'. Check the spelling.")
        : ($"不明なキー「{key}」です。「{suggestion}」のことですか？", $"Unknown key '{key}'. Did you mean '{suggestion}'?");

    public static (string Ja, string En) MissingTranslation(string language) =>
        (language == "en" ? "英語（en）の訳がありません。" : "日本語（ja）の文がありません。",
         language == "en" ? "Missing English (en) translation." : "Missing Japanese (ja) text.");

    public static (string Ja, string En) MissingKey(string key) =>
        ($"必須のキー「{key}」がありません。", $"Missing required key '{key}'.");

    public static (string Ja, string En) WrongType(string detail) =>
        ($"値の種類が正しくありません（{detail}）。", $"Wrong kind of value ({detail}).");

    public static (string Ja, string En) NotAllowedValue(string detail) =>
        ($"使えない値です（{detail}）。", $"Value not allowed ({detail}).");

    public static (string Ja, string En) TooSmall(string detail) =>
        ($"値が小さすぎます。日数・回数・時間は負の数にできません（{detail}）。", $"Value too small; days, counts and hours cannot be negative ({detail}).");

    public static (string Ja, string En) Empty() =>
        ("空にはできません。", "Must not be empty.");

    public static (string Ja, string En) BadFormat(string detail) =>
        ($"書き方が正しくありません（{detail}）。", $"Wrong format ({detail}).");

    public static (string Ja, string En) DuplicateItems() =>
        ("同じ値が2回書かれています。", "The same value appears twice.");

    public static (string Ja, string En) SchemaOther(string keyword, string detail) =>
        ($"スキーマに合いません（{keyword}: {detail}）。", $"Does not match the schema ({keyword}: {detail}).");

    public static (string Ja, string En) MissingFile(string kind) =>
        ($"{kind}.yaml にあたるファイルがありません（スキーマ {kind}.schema.json を指定したファイルが必要です）。",
         $"No {kind} file: a file naming the schema {kind}.schema.json is required.");

    public static (string Ja, string En) ExampleUnderTwoIntents(string example, string first) =>
        ($"例文「{example}」は {first} にもあります。一つの意図の下にだけ書いてください。", $"The example \"{example}\" is also listed under {first}; keep it under one intent.");

    public static (string Ja, string En) DuplicateFile(string kind, string other) =>
        ($"{kind} のファイルが2つあります（もう一つ: {other}）。", $"Two {kind} files (the other is {other}).");

    public static (string Ja, string En) DuplicateId(string id, int line) =>
        ($"id「{id}」が重複しています（{line}行目にもあります）。", $"Duplicate id '{id}' (also on line {line}).");

    public static (string Ja, string En) MissingRule(string stage, string seller) =>
        ($"ステータス「{stage}」× 出品者「{seller}」のルールがありません。", $"No rule for stage '{stage}' × seller '{seller}'.");

    public static (string Ja, string En) OverlappingRule(string stage, string seller, string other, int line) =>
        ($"ステータス「{stage}」× 出品者「{seller}」にはルール「{other}」（{line}行目）がすでにあります。1つの組み合わせにルールは1つだけです。",
         $"Stage '{stage}' × seller '{seller}' is already covered by rule '{other}' (line {line}); each pair has exactly one rule.");

    public static (string Ja, string En) ConflictingRule(string stage, string seller, string other, string outcome, string otherOutcome) =>
        ($"ルールが矛盾しています: 「{stage}」×「{seller}」の結果が {outcome} とルール「{other}」の {otherOutcome} で異なります。",
         $"Conflicting rules: for '{stage}' × '{seller}' the outcome is {outcome} here but {otherOutcome} in rule '{other}'.");

    public static (string Ja, string En) DanglingReference(string what, string id, string where) =>
        ($"{what}「{id}」が見つかりません（{where} を確認してください）。", $"Unknown {what} '{id}' (check {where}).");

    public static (string Ja, string En) RenamedMessage(string found, string needed) =>
        ($"キー「{found}」はボットが使っていません。ボットが必要とする「{needed}」がないため、名前を変えた可能性があります（「{needed}」に戻してください）。",
         $"Key '{found}' is not one the bot uses, and the key the bot needs, '{needed}', is missing: was it renamed? (Change it back to '{needed}'.)");

    public static (string Ja, string En) RenamedId(string what, string found, string needed) =>
        ($"{what}「{found}」はボットが使っていません。ボットが必要とする「{needed}」がないため、名前を変えた可能性があります（「{needed}」に戻してください）。",
         $"{what} '{found}' is not one the bot uses, and the one it needs, '{needed}', is missing: was it renamed? (Change it back to '{needed}'.)");

    public static (string Ja, string En) PlaceholderNotFilled(string key, string name, IReadOnlyList<string> filled) =>
        ($"「{key}」の差し込み項目「{name}」はボットが値を入れません。使えるのは {(filled.Count == 0 ? "なし" : string.Join("、", filled))} です。",
         $"The bot fills no placeholder '{name}' in '{key}'; it fills {(filled.Count == 0 ? "none" : string.Join(", ", filled))}.");

    public static (string Ja, string En) MissingEntry(string what, string id) =>
        ($"{what}「{id}」がありません。", $"Missing {what} '{id}'.");

    public static (string Ja, string En) ThresholdRequired(string name) =>
        ($"しきい値「{name}」を1以上の数で書いてください。", $"Threshold '{name}' must be a positive number.");

    public static (string Ja, string En) UnknownPlaceholder(string name, string language) =>
        ($"{language} の文に不明な差し込み項目「{{{name}}}」があります。params に書くか、綴りを確認してください。",
         $"Unknown placeholder '{{{name}}}' in the {language} text; list it in params or check the spelling.");

    public static (string Ja, string En) UnknownThreshold(string name, IEnumerable<string> known) =>
        ($"不明な差し込み項目「{{{name}}}」です。使えるのは数値の項目だけです: {string.Join("、", known.Select(k => "{" + k + "}"))}。",
         $"Unknown placeholder '{{{name}}}'; only these numbers can be used: {string.Join(", ", known.Select(k => "{" + k + "}"))}.");

    public static (string Ja, string En) SeeNotAText(string id) =>
        ($"see の「{id}」は、文（ja と en）を1つだけ持つ項目を「ファイル名.キー」で指してください（例: procedures.shipping_cost）。",
         $"see '{id}' must name, as file.key, an entry holding one text with ja and en (for example procedures.shipping_cost).");

    public static (string Ja, string En) AnswerEmpty(string id) =>
        ($"「{id}」には answer（答えの文）か shows（表示する内容）が必要です。", $"'{id}' needs an answer text or something to show (shows).");

    public static (string Ja, string En) UnknownSection(string id, IEnumerable<string> near) =>
        ($"表示する内容「{id}」が見つかりません（「ファイル名.キー」で書きます。例: {string.Join("、", near)}）。",
         $"No content '{id}' to show (write file.key, for example {string.Join(", ", near)}).");

    public static (string Ja, string En) PlaceholderMismatch(string name, string presentIn, string missingIn) =>
        ($"差し込み項目「{{{name}}}」が {presentIn} にはありますが {missingIn} にありません。",
         $"Placeholder '{{{name}}}' is used in {presentIn} but not in {missingIn}.");

    public static (string Ja, string En) DuplicateMessage(string key, string other) =>
        ($"メッセージのキー「{key}」が {other} にもあります。", $"Message key '{key}' is also defined in {other}.");

    public static (string Ja, string En) UnreadableFile(string detail) =>
        ($"ファイルを読めません: {detail}", $"Cannot read the file: {detail}");

    public static (string Ja, string En) NoDirectory(string path) =>
        ($"ナレッジのフォルダーがありません: {path}", $"Knowledge directory not found: {path}");

    public static (string Ja, string En) BadPattern(string detail) =>
        ($"正規表現として読めません: {detail}", $"Not a valid regular expression: {detail}");

    public static (string Ja, string En) UnknownTimeZone(string zone) =>
        ($"タイムゾーン「{zone}」が見つかりません（例: Asia/Tokyo）。", $"Unknown time zone '{zone}' (for example Asia/Tokyo).");

    public static (string Ja, string En) HoursBackwards(string from, string to) =>
        ($"終了時刻「{to}」が開始時刻「{from}」より前です。", $"The closing time '{to}' is before the opening time '{from}'.");

    public static (string Ja, string En) UnknownSource(string id) =>
        ($"出典「{id}」は answers.yaml の sources にありません。記事の見出しの id を書いてください。",
         $"The source '{id}' is not in answers.yaml sources. Name one of the article's sections by its id.");

    public static (string Ja, string En) HeldBack(string file) =>
        ($"{file} は、このファイルのエラーが直るまで前の正しい版のまま使われています。ほかのファイルの正しい変更はすでに反映されています。",
         $"{file} keeps serving its last good version until its errors are fixed; other files' good edits are live.");

    public static (string Ja, string En) HeldBackForOthers(string file, string others) =>
        ($"{file} の変更は、エラーのため前の版に戻した {others} の新しい版を必要としているため、{others} が直るまで反映を待っています（理由は上のエラーのとおりです）。",
         $"{file}'s edit needs the new version of {others}, which is held back by its errors, so it waits until {others} is fixed (the errors above say why).");

    public static (string Ja, string En) UnknownFileKind(string name, string kinds) =>
        ($"ファイル名「{name}」からは、どの内容のファイルか分かりません。次のいずれかの名前にしてください: {kinds}",
         $"The file name '{name}' names no kind of content; use one of: {kinds}");
}
