using System.Text.Json;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Web.MultiTenancy;

/// <summary>
/// The record of one merger or dissolution, kept by the host: who did it, when, and the report of what
/// moved and what stayed (exportable afterwards). Names are copied so the record reads the same later.
/// </summary>
public sealed class TenantReorganisation : CreationAuditedAggregateRoot<Guid>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public TenantReorganisationKind Kind { get; private set; }
    public Guid SourceTenantId { get; private set; }
    public string SourceName { get; private set; } = "";
    public Guid HeirTenantId { get; private set; }
    public string HeirName { get; private set; } = "";
    public DateOnly EffectiveDate { get; private set; }
    public DateTime ExecutionTime { get; private set; }
    public string? UserName { get; private set; }

    /// <summary>The report's lines as JSON (<see cref="TenantReorganisationLine"/>).</summary>
    public string ReportJson { get; private set; } = "[]";

    private TenantReorganisation() { }

    public TenantReorganisation(
        Guid id, TenantReorganisationContext context, DateTime executionTime, string? userName,
        IReadOnlyList<TenantReorganisationLine> lines) : base(id)
    {
        Kind = context.Kind;
        SourceTenantId = context.Source.Id;
        SourceName = context.Source.DisplayName;
        HeirTenantId = context.Heir.Id;
        HeirName = context.Heir.DisplayName;
        EffectiveDate = context.EffectiveDate;
        ExecutionTime = executionTime;
        UserName = userName;
        ReportJson = JsonSerializer.Serialize(lines, Json);
    }

    public IReadOnlyList<TenantReorganisationLine> GetLines() =>
        JsonSerializer.Deserialize<List<TenantReorganisationLine>>(ReportJson, Json) ?? [];
}
