using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Organization.Entities;

/// <summary>
/// A background Excel import as every server sees it: who started it, whether it still runs, and its
/// report once done. The live row count stays in the memory of the server running it. Not audited: the
/// import's own changes are.
/// </summary>
[DisableAuditing]
public sealed class ExcelImportOperation : Entity<Guid>, IMultiTenant, IHasCreationTime
{
    public Guid? TenantId { get; set; }
    public Guid? UserId { get; private set; }
    public int TotalRows { get; private set; }
    public ExcelImportOperationStatus Status { get; private set; } = ExcelImportOperationStatus.Running;

    /// <summary>The report (<see cref="ExcelImportResultDto"/>) as JSON, once completed.</summary>
    public string? ResultJson { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The uploaded workbook, kept until the import has run: any server's job reads it from here.</summary>
    public byte[]? Content { get; private set; }
    public DateTime CreationTime { get; set; }
    public DateTime? CompletionTime { get; private set; }

    private ExcelImportOperation() { }

    public ExcelImportOperation(Guid id, Guid? tenantId, Guid? userId, int totalRows, byte[]? content = null) : base(id)
    {
        TenantId = tenantId;
        UserId = userId;
        TotalRows = totalRows;
        Content = content;
    }

    public void Complete(string resultJson, DateTime now) =>
        (Status, ResultJson, CompletionTime, Content) = (ExcelImportOperationStatus.Completed, resultJson, now, null);

    public void Fail(string error, DateTime now) =>
        (Status, Error, CompletionTime, Content) = (ExcelImportOperationStatus.Failed, error, now, null);
}
