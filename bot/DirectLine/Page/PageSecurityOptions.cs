namespace SupportBot.Bot.DirectLine.Page;

/// <summary>The "Page" section: who may frame the customer page (the CSP's frame-ancestors).</summary>
public sealed class PageSecurityOptions
{
    public const string SectionName = "Page";

    /// <summary>
    /// CSP frame-ancestors sources: <c>'self'</c> by default; the shop's own site (e.g. <c>'self' https://shop.example</c>)
    /// to embed the chat in an iframe there; <c>'none'</c> to forbid framing entirely.
    /// </summary>
    public string FrameAncestors { get; set; } = "'self'";
}
