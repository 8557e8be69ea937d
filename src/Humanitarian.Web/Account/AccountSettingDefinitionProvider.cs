using Humanitarian.Framework.Settings;

namespace Humanitarian.Web.Account;

public static class AccountSettingNames
{
    /// <summary>ABP's name; its clients offer a "register" link unless it reads <c>false</c>.</summary>
    public const string IsSelfRegistrationEnabled = "Abp.Account.IsSelfRegistrationEnabled";
}

/// <summary>
/// No one registers themselves: officials are invited by their tenant's administrator (a user created
/// with an e-mail gets the invitation). Visible to clients so that ABP's login page hides its register link.
/// </summary>
public sealed class AccountSettingDefinitionProvider : SettingDefinitionProvider
{
    public override void Define(ISettingDefinitionContext context) => context.Add(
        new SettingDefinition(AccountSettingNames.IsSelfRegistrationEnabled, "false", IsVisibleToClients: true, IsHostOnly: true));
}
