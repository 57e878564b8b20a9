namespace SupportBot.Knowledge;

/// <summary>What a missed message meant, as a lead picks it: an intent ("intent:CancelOrder") or an FAQ entry ("faq:penalty").</summary>
public sealed record ExampleTarget(string Kind, string Id)
{
    public const string IntentKind = "intent";
    public const string FaqKind = "faq";

    public string Value => Kind + ":" + Id;

    public static ExampleTarget? Parse(string? value)
    {
        var colon = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0)
        {
            return null;
        }

        var kind = value![..colon];
        var id = value[(colon + 1)..];
        return kind is IntentKind or FaqKind && id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? new ExampleTarget(kind, id) : null;
    }
}
