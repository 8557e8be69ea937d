using Humanitarian.Framework.Settings;

namespace Humanitarian.Organization.Services.Committees;

public sealed class OrganizationSettingDefinitionProvider : SettingDefinitionProvider
{
    public override void Define(ISettingDefinitionContext context) => context.Add(
        new SettingDefinition(OrganizationSettingNames.CommitteeSeatRoles, CommitteeSeatRoles.Default.ToJson()));
}
