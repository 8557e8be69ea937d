using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Framework.Authorization;

/// <summary>Every module's permission definitions, collected once at start-up.</summary>
public sealed class PermissionDefinitionManager : ISingletonDependency
{
    private readonly Dictionary<string, PermissionDefinition> _permissions = new(StringComparer.Ordinal);
    private readonly List<PermissionGroupDefinition> _groups = [];

    public PermissionDefinitionManager(IEnumerable<PermissionDefinitionProvider> providers)
    {
        var context = new Context(_groups);
        foreach (var provider in providers)
        {
            provider.Define(context);
        }
        foreach (var permission in _groups.SelectMany(g => g.GetPermissionsWithChildren()))
        {
            if (!_permissions.TryAdd(permission.Name, permission))
            {
                throw new InvalidOperationException($"Permission {permission.Name} is defined twice.");
            }
        }
    }

    public IReadOnlyList<PermissionGroupDefinition> Groups => _groups;

    public IEnumerable<PermissionDefinition> All => _permissions.Values;

    public PermissionDefinition? GetOrNull(string name) => _permissions.GetValueOrDefault(name);

    private sealed class Context(List<PermissionGroupDefinition> groups) : IPermissionDefinitionContext
    {
        public PermissionGroupDefinition AddGroup(string name, string displayName, Type resourceType)
        {
            if (GetGroupOrNull(name) is not null)
            {
                throw new InvalidOperationException($"Permission group {name} is defined twice.");
            }
            var group = new PermissionGroupDefinition(name, displayName, resourceType);
            groups.Add(group);
            return group;
        }

        public PermissionGroupDefinition? GetGroupOrNull(string name) => groups.Find(g => g.Name == name);
    }
}
