using System.Globalization;
using System.Text.Json;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

/// <summary>Answers of the CLU runtime in the contract's shapes, as the fake server sends them.</summary>
internal static class CluAnswers
{
    /// <summary>A conversation project's answer; intents deliberately not sorted by score.</summary>
    public static string Conversation(string query, string topIntent, double score = 0.93, string entities = "[]") =>
        "{\"kind\":\"ConversationResult\",\"result\":{\"query\":" + JsonSerializer.Serialize(query)
        + ",\"prediction\":{\"projectKind\":\"Conversation\",\"topIntent\":\"" + topIntent + "\",\"intents\":["
        + "{\"category\":\"None\",\"confidenceScore\":0.02},"
        + "{\"category\":\"" + topIntent + "\",\"confidenceScore\":" + score.ToString(CultureInfo.InvariantCulture) + "},"
        + "{\"category\":\"Help\",\"confidenceScore\":0.05}],"
        + "\"entities\":" + entities + "}}}";

    /// <summary>"発送済みの注文をキャンセルしたい": the stage list entity at 0..4 with its knowledge id.</summary>
    public static string CancelShippedJa { get; } = Conversation(
        "発送済みの注文をキャンセルしたい",
        "CancelOrder",
        0.97,
        """[{"category":"stage","text":"発送済み","offset":0,"length":4,"confidenceScore":1,"extraInformation":[{"extraInformationKind":"ListKey","key":"shipped"}]}]""");

    /// <summary>An orchestration project whose top target is a conversation project that answered.</summary>
    public static string OrchestrationToConversation { get; } = """
        {"kind":"ConversationResult","result":{"query":"返金はいつですか","prediction":{
          "projectKind":"Orchestration","topIntent":"SupportBotClu",
          "intents":{
            "FaqKb":{"targetProjectKind":"QuestionAnswering","confidenceScore":0.31},
            "SupportBotClu":{"targetProjectKind":"Conversation","confidenceScore":0.88,"result":{"query":"返金はいつですか","prediction":{
              "projectKind":"Conversation","topIntent":"RefundStatus",
              "intents":[{"category":"CancelOrder","confidenceScore":0.1},{"category":"RefundStatus","confidenceScore":0.91}],
              "entities":[{"category":"paymentMethod","text":"カード","offset":0,"length":3,"confidenceScore":1,"extraInformation":[{"extraInformationKind":"ListKey","key":"credit_card"}]}]}}}}}}}
        """;

    /// <summary>An orchestration project whose top target is not a conversation project: the targets are the intents.</summary>
    public static string OrchestrationToQuestionAnswering { get; } = """
        {"kind":"ConversationResult","result":{"query":"営業時間は？","prediction":{
          "projectKind":"Orchestration","topIntent":"Faq",
          "intents":{
            "CancelOrder":{"targetProjectKind":"Conversation","confidenceScore":0.12},
            "Faq":{"targetProjectKind":"QuestionAnswering","confidenceScore":0.77,"result":{"answers":[]}}}}}}
        """;
}
