using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using SupportBot.Bot.Activities;

namespace SupportBot.Bot.Tests.Activities;

public sealed class ActivityContractResolverTests
{
    [Fact]
    public void Attachment_content_is_written_without_the_schemas_stream_scanning_converter()
    {
        var standard = (JsonObjectContract)new DefaultContractResolver().ResolveContract(typeof(Attachment));
        var ours = (JsonObjectContract)ActivityContractResolver.Instance.ResolveContract(typeof(Attachment));

        Assert.NotNull(standard.Properties["content"].Converter);
        Assert.Null(ours.Properties["content"].Converter);
    }

    [Fact]
    public void A_reply_with_cards_and_suggested_actions_serializes_exactly_as_the_Bot_Framework_writes_it()
    {
        var reply = MessageFactory.Text("キャンセルしますか？");
        reply.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "はい", value: "はい"), new CardAction(ActionTypes.ImBack, "いいえ", value: "いいえ")] };
        reply.Attachments = [new HeroCard("受取拒否", "配達員にお伝えください", buttons: [new CardAction(ActionTypes.OpenUrl, "手順", value: "https://example.com/help")]).ToAttachment()];
        reply.ChannelData = new { outcome = "refuse_delivery", steps = new[] { 1, 2 } };
        reply.Locale = "ja-JP";

        var standard = JsonConvert.SerializeObject(reply, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        var ours = JsonConvert.SerializeObject(reply, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore, ContractResolver = ActivityContractResolver.Instance });

        Assert.Equal(standard, ours);
        Assert.Contains("\"content\":{\"title\":\"受取拒否\"", ours, StringComparison.Ordinal);
    }
}
