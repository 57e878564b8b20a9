using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Understanding.Clu;

/// <summary>The trace activity the Emulator's inspector shows: CLU's raw answer, or why the turn fell back, and the result.</summary>
internal static class CluTrace
{
    public const string Name = "CluRecognizer";
    public const string Label = "Clu Trace";
    public const string ValueType = "https://www.botframework.com/schemas/recognizerResult";

    public static Activity Create(RecognizerResult result, CluOptions options, CluPrediction? prediction, string? fallbackReason, CluException? error)
    {
        var value = new JObject
        {
            ["recognizerResult"] = JObject.FromObject(result),
            ["cluModel"] = new JObject
            {
                ["projectName"] = options.ProjectName,
                ["deploymentName"] = options.DeploymentName,
                ["apiVersion"] = options.ApiVersion,
            },
        };
        if (prediction is not null)
        {
            value["cluResult"] = JObject.Parse(prediction.Raw.GetRawText());
        }

        if (fallbackReason is not null)
        {
            value["fallbackReason"] = fallbackReason;
        }

        if (error is not null)
        {
            value["cluError"] = new JObject
            {
                ["status"] = error.Status,
                ["code"] = error.ErrorCode,
                ["message"] = error.Message,
            };
        }

        return (Activity)Activity.CreateTraceActivity(Name, ValueType, value, Label);
    }
}
