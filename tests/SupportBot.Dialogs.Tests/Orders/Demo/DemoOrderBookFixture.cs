using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Orders.Demo;

namespace SupportBot.Dialogs.Tests.Orders.Demo;

/// <summary>A demo order system on a fresh SQLite file in a temporary folder, removed again on dispose.</summary>
internal sealed class DemoOrderBookFixture : IDisposable
{
    /// <summary>The production default; the fake clock only moves when a test moves it.</summary>
    public const double TimeoutSeconds = 2;

    public DemoOrderBookFixture(double timeoutSeconds = TimeoutSeconds)
    {
        Directory.CreateDirectory(Folder);
        Options = Microsoft.Extensions.Options.Options.Create(new OrderSystemOptions
        {
            Provider = OrderSystemProvider.Demo,
            DemoDatabasePath = DatabasePath,
            TimeoutSeconds = timeoutSeconds,
        });
        Book = new DemoOrderBook(DatabasePath, Time);
        Demo = new DemoOrderService(Book, Options, Time);
        Service = new OrderSystemGuard(Demo, Options.Value.Timeout, time: Time);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "supportbot-orders-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Folder, "nested", "demo-orders.db");

    /// <summary>The clock of the book, the provider and its time limit: delays and time-outs pass only when a test moves it.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 3, 4, 5, TimeSpan.Zero));

    public IOptions<OrderSystemOptions> Options { get; }

    public DemoOrderBook Book { get; }

    /// <summary>The bare demo provider, without the time limit.</summary>
    public DemoOrderService Demo { get; }

    /// <summary>The demo provider as the dialogs get it: behind the time limit.</summary>
    public IOrderService Service { get; }

    public static DemoOrder Special(DemoOrderBehaviour behaviour) => DemoOrderSeed.Orders.Single(o => o.Behaviour == behaviour);

    public void Dispose()
    {
        Book.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
