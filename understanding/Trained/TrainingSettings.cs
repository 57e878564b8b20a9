namespace SupportBot.Understanding.Trained;

/// <summary>How the intent classifier is trained; the defaults were chosen by cross-validation on the examples (bench/README.md).</summary>
public sealed record TrainingSettings(int Epochs, double LearningRate, double L2, int MaxGram, bool BalanceIntents)
{
    public static TrainingSettings Default { get; } = new(30, 0.8, 1e-5, 4, true);
}
