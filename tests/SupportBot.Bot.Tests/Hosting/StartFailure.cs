namespace SupportBot.Bot.Tests.Hosting;

/// <summary>Every message of a host's start failure in one line (options validation nests them in aggregates).</summary>
public static class StartFailure
{
    public static string Describe(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Describe))
            : error.Message + (error.InnerException is null ? string.Empty : " | " + Describe(error.InnerException));
    }
}
