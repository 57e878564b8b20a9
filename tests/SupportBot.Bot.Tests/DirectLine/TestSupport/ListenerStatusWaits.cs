using SupportBot.Bot.DirectLine.Notifications;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.DirectLine.TestSupport;

/// <summary>Waits for a state of the append listener by its change events; the bound only catches a hang.</summary>
public static class ListenerStatusWaits
{
    public static async Task WaitUntilAsync(this AppendListenerStatus status, Func<AppendListenerStatus, bool> reached)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(reached);
        while (true)
        {
            var changed = status.Changed();
            if (reached(status))
            {
                return;
            }

            await changed.WaitAsync(Patience.Hang);
        }
    }
}
