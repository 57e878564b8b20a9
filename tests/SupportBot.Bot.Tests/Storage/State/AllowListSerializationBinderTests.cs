using Microsoft.Bot.Schema;
using SupportBot.Bot.Storage.State;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.Storage.State;

public sealed class AllowListSerializationBinderTests
{
    public static TheoryData<Type> AllowedTypes => new()
    {
        typeof(Dictionary<string, object>),
        typeof(List<object>),
        typeof(List<SampleDialogInstance>),
        typeof(SampleOrderInquiry),
        typeof(Activity),
        typeof(CardAction[]),
        typeof(int),
        typeof(DateTimeOffset),
        typeof(Dictionary<string, List<SampleOrderInquiry>>),
    };

    public static TheoryData<Type> DisallowedTypes => new()
    {
        typeof(FileInfo),
        typeof(System.Diagnostics.Process),
        typeof(Newtonsoft.Json.Linq.JValue),
        typeof(List<FileInfo>),
        typeof(Dictionary<string, System.Diagnostics.Process>),
        typeof(Type),
        typeof(Func<string>),
    };

    [Theory]
    [MemberData(nameof(AllowedTypes))]
    public void Allows_our_bot_framework_and_plain_system_types(Type type) =>
        Assert.True(AllowListSerializationBinder.IsAllowed(type));

    [Theory]
    [MemberData(nameof(DisallowedTypes))]
    public void Refuses_any_other_type(Type type) =>
        Assert.False(AllowListSerializationBinder.IsAllowed(type));

    [Theory]
    [InlineData("System.Windows.Data.ObjectDataProvider", "PresentationFramework")]
    [InlineData("System.Diagnostics.Process", "System.Diagnostics.Process")]
    [InlineData("System.IO.FileInfo", "System.Private.CoreLib")]
    public void Refuses_to_bind_a_name_from_stored_json_outside_the_allow_list(string typeName, string assemblyName) =>
        Assert.Throws<DisallowedStoredTypeException>(() => AllowListSerializationBinder.Instance.BindToType(assemblyName, typeName));

    [Theory]
    [InlineData("dict", typeof(Dictionary<string, object>))]
    [InlineData("list", typeof(List<object>))]
    public void Writes_and_reads_short_names_for_the_common_state_containers(string alias, Type type)
    {
        AllowListSerializationBinder.Instance.BindToName(type, out var assemblyName, out var typeName);

        Assert.Null(assemblyName);
        Assert.Equal(alias, typeName);
        Assert.Equal(type, AllowListSerializationBinder.Instance.BindToType(null, alias));
    }
}
