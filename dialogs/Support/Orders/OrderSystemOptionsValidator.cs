using Microsoft.Extensions.Options;

namespace SupportBot.Dialogs.Orders;

/// <summary>Fails start-up on an order-system configuration that could only fail later, mid-conversation.</summary>
internal sealed class OrderSystemOptionsValidator : IValidateOptions<OrderSystemOptions>
{
    public ValidateOptionsResult Validate(string? name, OrderSystemOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"Orders:Provider '{options.Provider}' is not one of None, Demo, Http.");
        }

        if (options.Provider == OrderSystemProvider.Http && !IsHttpAddress(options.HttpBaseAddress))
        {
            failures.Add($"Orders:HttpBaseAddress must be an absolute http or https address when Orders:Provider is Http (got '{options.HttpBaseAddress}').");
        }

        if (options.Provider == OrderSystemProvider.Demo && string.IsNullOrWhiteSpace(options.DemoDatabasePath))
        {
            failures.Add("Orders:DemoDatabasePath must name a file when Orders:Provider is Demo.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpAddress(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
