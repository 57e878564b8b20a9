using System.Globalization;
using System.Text;
using SupportBot.Bot.DirectLine.Log;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>Direct Line's ActivitySet <c>{"activities":[...],"watermark":"N"}</c>, built from the log's stored JSON as is.</summary>
public static class ActivitySet
{
    public static string Json(IReadOnlyList<LoggedActivity> activities, long watermark)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var json = new StringBuilder("{\"activities\":[");
        for (var i = 0; i < activities.Count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append(activities[i].ActivityJson);
        }

        var last = activities.Count > 0 ? activities[^1].Sequence : watermark;
        return json.Append("],\"watermark\":\"").Append(last.ToString(CultureInfo.InvariantCulture)).Append("\"}").ToString();
    }

    /// <summary>A client's watermark: the last sequence it saw; empty (first call) or unreadable means from the start.</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
