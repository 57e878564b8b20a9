namespace SupportBot.Bot.Escalation.Metrics;

/// <summary>
/// The desk's work for one reason or rule over a period: tickets, medians of minutes to take-over and of handle time
/// (take-over to resolution), and the customers' mean satisfaction (1–5) with how many rated.
/// </summary>
public sealed record DeskRow(string Group, int Tickets, double? TakeOverMinutes, double? HandleMinutes, double? Satisfaction, int Ratings);
