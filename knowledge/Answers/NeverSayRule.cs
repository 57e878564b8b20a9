using System.Text.RegularExpressions;

namespace SupportBot.Knowledge;

/// <summary>A phrasing no answer may contain (for example sending the customer to customer service from inside it).</summary>
public sealed record NeverSayRule(string Id, Regex Pattern, LocalizedText Why, int Line);
