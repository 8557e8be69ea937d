namespace Humanitarian.Framework.Auditing;

public sealed class AbpAuditingOptions
{
    /// <summary>Entity types never written to the audit log (besides those marked [DisableAuditing]).</summary>
    public HashSet<Type> IgnoredTypes { get; } = [];

    /// <summary>Property names whose values are never written (secrets, stamps).</summary>
    public HashSet<string> IgnoredProperties { get; } =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail", "NormalizedName"];
}
