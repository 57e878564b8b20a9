namespace SupportBot.Understanding;

/// <summary>How the offline recognizer decides the intent; the bot uses <see cref="Blend"/>, the others are measured against it.</summary>
public enum IntentMethod
{
    /// <summary>The trained classifier where it is confident, the vocabulary's phrases where it is not.</summary>
    Blend,

    /// <summary>Only the vocabulary's phrases (the recognizer before the classifier).</summary>
    Rules,

    /// <summary>Only the trained classifier.</summary>
    Classifier,
}
