using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine;

/// <summary>A dialog that runs its steps in order, each step getting the previous step's result.</summary>
public class WaterfallDialog : Dialog
{
    public const string PersistedOptions = "options";
    public const string PersistedValues = "values";
    public const string PersistedInstanceId = "instanceId";
    public const string StepIndex = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps is null ? [] : [.. steps];
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[PersistedOptions] = options;
        state[PersistedValues] = new Dictionary<string, object?>();
        state[PersistedInstanceId] = Guid.NewGuid().ToString();
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Only a message moves the waterfall on; typing, conversation updates and events change nothing.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = StateValue.ToInt32(dc.ActiveDialog!.State.ValueOrNull(StepIndex));
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    protected async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndex] = index;
        var values = StateValue.GetDictionary(state, PersistedValues);
        var stepContext = new WaterfallStepContext(this, dc, state, values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }
}
