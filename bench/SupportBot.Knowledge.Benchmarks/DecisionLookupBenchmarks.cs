using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace SupportBot.Knowledge.Benchmarks;

/// <summary>One decision as the dialogs ask for it: straight from a snapshot, and through the cached knowledge base.</summary>
[MemoryDiagnoser]
public class DecisionLookupBenchmarks : IDisposable
{
    private KnowledgeSnapshot _snapshot = null!;
    private ReloadingKnowledgeBase _knowledgeBase = null!;
    private MemoryCache _cache = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = KnowledgeLoader.Load(KnowledgeDirectoryLocator.Resolve(null)).Snapshot
            ?? throw new InvalidOperationException("The shipped knowledge content is invalid.");
        _cache = new MemoryCache(new MemoryCacheOptions());
        _knowledgeBase = new ReloadingKnowledgeBase(
            Options.Create(new KnowledgeOptions { WatchForChanges = false }), _cache, new KnowledgeHealth(), NullLogger<ReloadingKnowledgeBase>.Instance);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _knowledgeBase?.Dispose();
        _cache?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public Decision DecideOnSnapshot() => _snapshot.Decide(OrderStage.Shipped, SellerType.Marketplace, PaymentMethod.CreditCard);

    [Benchmark]
    public Decision DecideThroughKnowledgeBase() => _knowledgeBase.Current.Decide(OrderStage.Preparing, SellerType.Store, PaymentMethod.EMoney);

    [Benchmark]
    public RefundTiming RefundTimingLookup() => _snapshot.RefundTimingFor(PaymentMethod.CashOnDelivery);
}
