using System.Text.RegularExpressions;
using SupportBot.Dialogs.Orders.Demo;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Tests.Orders.Demo;

public sealed partial class DemoOrderSeedTests
{
    [Fact]
    public void Seed_has_one_ordinary_order_for_every_stage_seller_and_payment()
    {
        var ordinary = DemoOrderSeed.Orders.Where(o => o.Behaviour == DemoOrderBehaviour.Ordinary).ToList();
        var expected =
            from stage in KnowledgeIds.Stages
            from seller in KnowledgeIds.Sellers
            from payment in KnowledgeIds.Payments
            select (KnowledgeIds.Id(stage), KnowledgeIds.Id(seller), KnowledgeIds.Id(payment));

        Assert.Equal(32, ordinary.Count);
        Assert.Equal(expected.Order(), ordinary.Select(o => (o.Stage, o.Seller, o.PaymentMethod)).Order());
    }

    [Fact]
    public void Seed_has_exactly_one_special_order_for_every_behaviour()
    {
        var specials = DemoOrderSeed.Orders.Where(o => o.Behaviour != DemoOrderBehaviour.Ordinary).Select(o => o.Behaviour);

        Assert.Equal(Enum.GetValues<DemoOrderBehaviour>().Where(b => b != DemoOrderBehaviour.Ordinary).Order(), specials.Order());
    }

    [Fact]
    public void Seed_order_numbers_are_unique_and_in_the_canonical_form()
    {
        var numbers = DemoOrderSeed.Orders.Select(o => o.OrderNumber).ToList();

        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.All(numbers, n => Assert.Matches(CanonicalOrderNumber(), n));
    }

    [Fact]
    public void Seed_uses_only_the_knowledge_base_ids()
    {
        Assert.All(DemoOrderSeed.Orders, o =>
        {
            Assert.True(KnowledgeIds.TryParseStage(o.Stage, out _), o.Stage);
            Assert.True(KnowledgeIds.TryParseSeller(o.Seller, out _), o.Seller);
            Assert.True(KnowledgeIds.TryParsePayment(o.PaymentMethod, out _), o.PaymentMethod);
        });
    }

    [GeneratedRegex(@"^\d{3}-\d{7}-\d{7}$")]
    private static partial Regex CanonicalOrderNumber();
}
