namespace SupportBot.Knowledge;

/// <summary>A part of the content the code shows, and the customer's route to it (for `coverage` and the README).</summary>
public sealed record ContentUse(string Section, string RouteJa, string RouteEn);
