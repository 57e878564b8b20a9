using Newtonsoft.Json;

namespace SupportBot.Dialogs.Engine;

/// <summary>The persisted dialog stack; the top of the stack is index 0.</summary>
public sealed class DialogState
{
    public DialogState()
        : this(null)
    {
    }

    public DialogState(List<DialogInstance>? stack)
    {
        DialogStack = stack ?? [];
    }

    [JsonProperty("dialogStack")]
#pragma warning disable CA1002, CA2227 // The persisted shape mirrors Bot Framework: a settable List the JSON serializer fills.
    public List<DialogInstance> DialogStack { get; set; }
#pragma warning restore CA1002, CA2227
}
