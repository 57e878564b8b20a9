using System.Net;
using Microsoft.Extensions.Logging;

namespace SupportBot.Dialogs.Orders.Http;

/// <summary>Why the REST order system's answer was not used (each one means "ask the customer instead").</summary>
internal static partial class HttpOrderServiceLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning,
        Message = "Order system answered {StatusCode} to {Operation} for order {OrderNumber}; treating it as unavailable")]
    public static partial void UnexpectedStatus(ILogger logger, HttpStatusCode statusCode, string operation, string orderNumber);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning,
        Message = "Order system's answer to {Operation} for order {OrderNumber} is not the contract's ({Problem}); treating it as unavailable")]
    public static partial void MalformedAnswer(ILogger logger, string operation, string orderNumber, string problem);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning,
        Message = "Order system unreachable for {Operation} of order {OrderNumber}; treating it as unavailable")]
    public static partial void Unreachable(ILogger logger, Exception exception, string operation, string orderNumber);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning,
        Message = "Order system took longer than {TimeoutSeconds} s for {Operation} of order {OrderNumber}; treating it as unavailable")]
    public static partial void TimedOut(ILogger logger, double timeoutSeconds, string operation, string orderNumber);
}
