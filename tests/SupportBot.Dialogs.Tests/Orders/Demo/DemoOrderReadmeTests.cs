using SupportBot.Testing.Hosting;

namespace SupportBot.Dialogs.Tests.Orders.Demo;

public sealed class DemoOrderReadmeTests
{
    [Fact]
    public void README_lists_exactly_the_seeded_demo_orders()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "order-system.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(DemoOrderTable.Start, StringComparison.Ordinal);
        var end = readme.IndexOf(DemoOrderTable.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/order-system.md lacks the demo-orders markers:\n" + DemoOrderTable.Start + "\n" + DemoOrderTable.End);

        var listed = readme[(start + DemoOrderTable.Start.Length)..end].Trim('\n') + "\n";

        var expected = DemoOrderTable.Render();
        if (listed != expected)
        {
            // The table to paste between the markers, written out whole (an assertion message would be cut).
            var file = Path.Combine(Path.GetTempPath(), "supportbot-demo-orders-table.md");
            File.WriteAllText(file, expected);
            Assert.Fail($"docs/order-system.md's demo-order table differs from DemoOrderSeed; paste {file} between the markers.");
        }
    }
}
