namespace SupportBot.Bot.AgentConsole;

/// <summary>Names of the agent console's sign-in: its cookie scheme, its policy, the role every agent has.</summary>
public static class AgentAuthentication
{
    public const string Scheme = "SupportBot.Agent";
    public const string Policy = "Agent";
    public const string Role = "agent";
    public const string LeadRole = "lead";
    public const string LeadPolicy = "Lead";
    public const string DisplayNameClaim = "supportbot:display_name";
    public const string SessionClaim = "supportbot:session";
    public const string CsrfHeader = "X-CSRF-TOKEN";
    public const string BasePath = "/agent";
    public const string ApiPath = "/agent/api";
    public const string SignInPath = "/agent/signin";
    public const string SignInRateLimit = "agent-signin";
}
