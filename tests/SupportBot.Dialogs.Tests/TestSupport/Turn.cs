namespace SupportBot.Dialogs.Tests.TestSupport;

/// <summary>One turn of a scripted conversation: what the customer says and what the bot's replies must show.</summary>
public sealed record Turn(string User, params Expect[] Expectations)
{
    public override string ToString() => User;
}
