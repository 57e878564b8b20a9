using System.Text.Json.Nodes;

namespace SupportBot.Knowledge.Loading;

/// <summary>A parsed knowledge file: its kind (from the $schema comment), JSON form, and where each node came from.</summary>
internal sealed record SourceFile(
    string Path,
    string DisplayPath,
    string Kind,
    string SchemaPath,
    string Version,
    JsonNode Root,
    IReadOnlyDictionary<string, SourcePosition> Positions)
{
    /// <summary>The position of a JSON pointer, or of its nearest ancestor that has one.</summary>
    public SourcePosition PositionOf(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (Positions.TryGetValue(current, out var position))
            {
                return position;
            }

            if (current.Length == 0)
            {
                return SourcePosition.Start;
            }

            current = current[..current.LastIndexOf('/')];
        }
    }

    public KnowledgeError Error(string pointer, (string Ja, string En) message)
    {
        var position = PositionOf(pointer);
        return new KnowledgeError(DisplayPath, position.Line, position.Column, message.Ja, message.En);
    }
}
