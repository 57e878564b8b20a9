using SupportBot.Understanding;

namespace SupportBot.Dialogs.Tests.Recognition;

public sealed class SellerContactsTests
{
    [Theory]
    [InlineData("出品者にメッセージを3回送ったのに返事がない", 3)]
    [InlineData("2かい おくった けど へんじ ない", 2)]
    [InlineData("出品者には2度連絡しております", 2)]
    [InlineData("I've messaged the seller twice already", 2)]
    [InlineData("sent them 3 times, nothing", 3)]
    [InlineData("何度も連絡したのに", int.MaxValue)]
    [InlineData("出品者から返事がない", 0)]
    [InlineData("3日前に注文しました", 0)]
    public void The_times_a_customer_says_they_contacted_the_seller_are_counted(string text, int count) =>
        Assert.Equal(count, SellerContacts.Count(text));
}
