using System.Globalization;
using System.Text.Json.Nodes;

namespace SupportBot.Knowledge.Loading;

/// <summary>
/// Every top-level part of the content files as a <see cref="ContentSection"/>: what an answer can show by id
/// ("background.shipped_cannot_cancel") and what `coverage` checks some answer does show.
/// </summary>
internal sealed partial class KnowledgeCompiler
{
    // List keys whose items are done in order.
    private static readonly string[] NumberedKeys = ["steps", "flow"];

    /// <summary>The content's numbers (top-level integers such as recontact_after_hours), by name, for its texts.</summary>
    private Dictionary<string, string> ReadThresholds()
    {
        var thresholds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in KnowledgeKinds.Content)
        {
            foreach (var (key, value) in NodeReader.Root(_files[kind], _errors).Properties())
            {
                if (key != "version" && value.Node is JsonValue number && number.TryGetValue<long>(out var n))
                {
                    thresholds[key] = n.ToString(CultureInfo.InvariantCulture);
                }
            }
        }

        return thresholds;
    }

    private Dictionary<string, ContentSection> ReadSections()
    {
        var sections = new Dictionary<string, ContentSection>(StringComparer.Ordinal);
        foreach (var kind in KnowledgeKinds.Content)
        {
            var root = Root(kind);
            foreach (var (key, node) in root.Properties())
            {
                var blocks = Blocks(root, key);
                if (blocks.Count > 0)
                {
                    var id = kind + "." + key;
                    sections[id] = new ContentSection(id, node.File.DisplayPath, node.Line, blocks);
                }
            }
        }

        return sections;
    }

    // Numbers, flags and ids are settings, not content: they are never shown as such.
    private static List<SectionBlock> Blocks(NodeReader parent, string key)
    {
        var node = parent[key];
        if (node.IsText)
        {
            return [SectionBlock.Paragraph(node.AsText())];
        }

        if (node.Node is JsonArray)
        {
            var items = new List<SectionItem>();
            foreach (var item in parent.Items(key))
            {
                if (Item(item) is { } row)
                {
                    items.Add(row);
                }
            }

            return items.Count == 0 ? [] : [new SectionBlock(null, items, NumberedKeys.Any(k => key.Contains(k, StringComparison.Ordinal)))];
        }

        return node.Node is JsonObject ? [.. node.Properties().SelectMany(p => Blocks(node, p.Key))] : [];
    }

    private static SectionItem? Item(NodeReader item)
    {
        if (item.IsText)
        {
            return new SectionItem(null, [new SectionDetail(null, item.AsText())]);
        }

        var cells = new List<SectionDetail>();
        foreach (var (column, value) in item.Properties())
        {
            if (value.IsText)
            {
                cells.Add(new SectionDetail(column, value.AsText()));
            }
            else
            {
                cells.AddRange(item.Items(column).Where(line => line.IsText).Select(line => new SectionDetail(null, line.AsText())));
            }
        }

        return cells.Count switch
        {
            0 => null,
            1 => new SectionItem(null, cells),
            _ => new SectionItem(cells[0].Text, cells[1..]),
        };
    }
}
