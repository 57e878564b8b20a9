using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Activities;

namespace SupportBot.Bot.Turns.Ordering;

/// <summary>
/// A turn's replies, held back until the turn's state, its processed record and these replies are committed
/// together; then released to the channel in the order they were sent. Once released, later sends pass straight
/// through (an apology from the adapter's backstop, a proactive send the turn started).
/// </summary>
public sealed class HeldReplies
{
    private readonly List<(IReadOnlyList<Activity> Activities, Func<Task<ResourceResponse[]>> Send)> _held = [];
    private bool _released;

    /// <summary>Every held activity, serialized when it was sent (a handler may change the object afterwards).</summary>
    public List<string> Serialized { get; } = [];

    /// <summary>The send handler: holds while the turn runs, passes through once released.</summary>
    public async Task<ResourceResponse[]> OnSendAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(next);
        lock (_held)
        {
            if (!_released)
            {
                _held.Add((activities, next));
                Serialized.AddRange(activities.Select(ActivityJson.Serialize));
                return [.. activities.Select(activity => new ResourceResponse(activity.Id ?? string.Empty))];
            }
        }

        return await next();
    }

    /// <summary>Drops what was held (the turn was not committed) and lets later sends through.</summary>
    public void Discard()
    {
        lock (_held)
        {
            _released = true;
            _held.Clear();
            Serialized.Clear();
        }
    }

    /// <summary>Sends what was held, in order, and lets later sends through.</summary>
    public async Task ReleaseAsync()
    {
        List<(IReadOnlyList<Activity> Activities, Func<Task<ResourceResponse[]>> Send)> held;
        lock (_held)
        {
            _released = true;
            held = [.. _held];
            _held.Clear();
        }

        foreach (var batch in held)
        {
            await batch.Send();
        }
    }
}
