namespace SupportBot.Knowledge;

/// <summary>A sent request cannot be withdrawn or edited: what to do instead.</summary>
public sealed record WithdrawInfo(LocalizedText Summary, IReadOnlyList<LocalizedText> Instead, LocalizedText? Prevention);
