using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.Excel.Import;

/// <summary>
/// A background Excel import as every server sees it: which list, who started it, whether it still
/// runs, and its report once done. The live row count stays in the memory of the server running it.
/// Not audited: the import's own changes are.
/// </summary>
[DisableAuditing]
public sealed class ExcelImportOperation : Entity<Guid>, IMultiTenant, IHasCreationTime
{
    public const int MaxImportNameLength = 128;
    public const int MaxErrorLength = 1024;

    public Guid? TenantId { get; set; }
    public Guid? UserId { get; private set; }

    /// <summary>The definition's <see cref="IExcelImportDefinition.Name"/>: what the file is a list of.</summary>
    public string ImportName { get; private set; } = "";

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

    public ExcelImportOperation(Guid id, Guid? tenantId, Guid? userId, string importName, int totalRows, byte[] content) : base(id)
    {
        TenantId = tenantId;
        UserId = userId;
        ImportName = importName;
        TotalRows = totalRows;
        Content = content;
    }

    public void Complete(string resultJson, DateTime now) =>
        (Status, ResultJson, CompletionTime, Content) = (ExcelImportOperationStatus.Completed, resultJson, now, null);

    public void Fail(string error, DateTime now) =>
        (Status, Error, CompletionTime, Content) = (ExcelImportOperationStatus.Failed, error, now, null);
}

public static class ExcelImportModelBuilderExtensions
{
    public static void ConfigureExcelImports(this ModelBuilder builder)
    {
        builder.Entity<ExcelImportOperation>(b =>
        {
            b.ToTable("AbpExcelImportOperations");
            b.Property(o => o.Id).ValueGeneratedNever();
            b.Property(o => o.ImportName).HasMaxLength(ExcelImportOperation.MaxImportNameLength).IsRequired();
            b.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(o => o.Error).HasMaxLength(ExcelImportOperation.MaxErrorLength);
            b.HasIndex(o => o.CreationTime);
        });
    }
}
