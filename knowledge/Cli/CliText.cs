namespace SupportBot.Knowledge.Cli;

/// <summary>The tool's own labels for support leads, in Japanese and English (the content's text comes from the files).</summary>
internal sealed class CliText(bool english)
{
    public string Get(string ja, string en) => english ? en : ja;

    public string Usage => Get(
        """
        使い方: dotnet run --project knowledge -- <コマンド> [オプション]
          validate [DIR]                                   ナレッジファイルを検証します（正常 0 / エラー 1）
          what-if --status S --seller V [--payment P] [--json]  判定結果・ルール・手順・返金目安を表示します
          coverage [--dir DIR]                             ステータス×出品者×支払方法のすべての組み合わせと、適用されるルール
          diff DIR_A DIR_B                                 2つの版で結果や返金目安が変わる組み合わせ
          schemas                                          コードが使うメッセージのキーをスキーマに書き込みます（エディターの補完用）
          answer-book [--out FILE]                         ボットのすべての案内を出典つきの1枚のHTMLに書き出します（既定: knowledge/answer-book.html）
        共通: --lang ja|en（表示言語、既定 ja）, --dir DIR（既定: リポジトリの knowledge/content）
        値は日本語でも英語でも指定できます（例: --status 発送済み / shipped, --payment クレカ / credit_card）。
        """,
        """
        Usage: dotnet run --project knowledge -- <command> [options]
          validate [DIR]                                   validate the knowledge files (exit 0 valid / 1 errors)
          what-if --status S --seller V [--payment P] [--json]  show outcome, rule, steps and refund timing
          coverage [--dir DIR]                             every stage × seller × payment combination and the rule it reaches
          diff DIR_A DIR_B                                 combinations whose outcome or refund timing differ between two versions
          schemas                                          write the message keys the code uses into the schemas (editor completion)
          answer-book [--out FILE]                         write every answer, each line with its source, as one HTML page (default: knowledge/answer-book.html)
        Common: --lang ja|en (output language, default ja), --dir DIR (default: the repository's knowledge/content)
        Values may be Japanese or English (e.g. --status 発送済み / shipped, --payment クレカ / credit_card).
        """);
}
