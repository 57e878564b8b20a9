namespace SupportBot.Knowledge;

/// <summary>
/// One message the code says: its key in messages.yaml and the placeholders the code fills. Declared only in
/// <see cref="MessageKeys"/>, so the validator knows every key the bot can ask for.
/// </summary>
public sealed class MessageKey
{
    internal MessageKey(string name, params string[] parameters)
    {
        Name = name;
        Params = parameters;
    }

    public string Name { get; }

    /// <summary>The placeholder names the code fills; a text may use these and no others.</summary>
    public IReadOnlyList<string> Params { get; }

    public override string ToString() => Name;
}
