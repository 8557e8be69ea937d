namespace Humanitarian.Framework.UI.Dashboard;

/// <summary>
/// Modules' cards on the home page (ABP's widgets, thinly): each a view component of the module, shown in
/// <see cref="DashboardWidget.Order"/> to users granted its permission. The host knows no module's data.
/// </summary>
public sealed class AbpDashboardOptions
{
    public List<DashboardWidget> Widgets { get; } = [];
}

public sealed record DashboardWidget(string ViewComponentName, int Order, string? RequiredPermission = null);
