namespace SupportBot.Dialogs.Engine;

/// <summary>What a waterfall step sees: its index, the dialog's options and values, and the previous result.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly IDictionary<string, object?> _instanceState;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog waterfall,
        DialogContext dc,
        IDictionary<string, object?> instanceState,
        IDictionary<string, object?> values,
        int index,
        DialogReason reason,
        object? result)
        : base(dc)
    {
        _waterfall = waterfall;
        _instanceState = instanceState;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    /// <summary>The options as stored: the original object, or a JObject after a JSON storage round trip; see <see cref="GetOptions{T}"/>.</summary>
    public object? Options => _instanceState.ValueOrNull(WaterfallDialog.PersistedOptions);

    public DialogReason Reason { get; }

    public object? Result { get; }

    /// <summary>Persisted values of this waterfall instance; nested objects may be JObject after a round trip, see <see cref="GetValue{T}"/>.</summary>
    public IDictionary<string, object?> Values { get; }

    /// <summary>The options as T; after a JSON round trip the converted object is stored back so changes to it persist.</summary>
    public T? GetOptions<T>()
        where T : class => StateValue.GetTyped<T>(_instanceState, WaterfallDialog.PersistedOptions);

    /// <summary>The value under key as T (default when missing); objects are converted and stored back so changes persist.</summary>
    public T? GetValue<T>(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Values.TryGetValue(key, out var raw) || raw is null)
        {
            return default;
        }

        var value = StateValue.Convert<T>(raw);
        if (value is not null && !typeof(T).IsValueType && typeof(T) != typeof(string))
        {
            Values[key] = value;
        }

        return value;
    }

    /// <summary>Skips to the next step with the given result; allowed once per step.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"WaterfallStepContext.NextAsync(): method already called for dialog and step '{_waterfall.Id}[{Index}]'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
