using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.UI.Navigation;

/// <summary>
/// ABP's menu extension point: the host and every module add their entries to the main menu. All
/// implementations are registered by convention (like seed contributors) and asked on every request.
/// </summary>
public interface IMenuContributor
{
    Task ConfigureMenuAsync(MenuConfigurationContext context);
}

/// <summary>What a <see cref="IMenuContributor"/> builds the main menu with.</summary>
public sealed class MenuConfigurationContext(IServiceProvider serviceProvider)
{
    private readonly List<ApplicationMenuItem> _items = [];

    /// <summary>The request's services (current user, tenant, settings).</summary>
    public IServiceProvider ServiceProvider { get; } = serviceProvider;

    /// <summary>The top-level entries added so far.</summary>
    public IReadOnlyList<ApplicationMenuItem> Items => _items;

    public MenuConfigurationContext AddItem(ApplicationMenuItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Add(item);
        return this;
    }

    /// <summary>The localizer of a resource, for the entries' display texts.</summary>
    public IStringLocalizer<TResource> GetLocalizer<TResource>() =>
        ServiceProvider.GetRequiredService<IStringLocalizer<TResource>>();
}
