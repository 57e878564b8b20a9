using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace SupportBot.Bot.AgentConsole.Pages;

/// <summary>The console API's JSON: the tickets' own property names, states as lower-case words.</summary>
public static class ConsoleJson
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()) },
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static IResult Result(object value, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(Serialize(value), "application/json; charset=utf-8", statusCode: statusCode);
}
