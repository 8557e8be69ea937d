using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;

namespace Humanitarian.Organization.Units;

/// <summary>Units and their contacts in and out of Excel (.xlsx), at <c>/api/app/unit/…</c>.</summary>
public interface IUnitExcelAppService : IApplicationService
{
    /// <summary>The units matching the list's filters, one row each, with Vietnamese headers.</summary>
    Task<IRemoteStreamContent> ExportExcelAsync(UnitExcelExportInput input);

    /// <summary>The contacts of the units matching the list's filters, one row each.</summary>
    Task<IRemoteStreamContent> ExportContactsExcelAsync(UnitExcelExportInput input);

    /// <summary>
    /// Checks every row and writes units and contacts (or nothing, by <paramref name="mode"/>). Answers
    /// with an <see cref="ExcelImportResultDto"/> (200), or, for more than
    /// <see cref="ExcelImportConsts.BackgroundImportThreshold"/> rows, an <see cref="ExcelImportOperationDto"/> (202).
    /// </summary>
    Task<ExcelImportAnswerDto> ImportExcelAsync(IRemoteStreamContent? file, ExcelImportMode mode = ExcelImportMode.AllOrNothing, bool dryRun = false);

    Task<ExcelImportProgressDto> GetImportProgressAsync(Guid operationId);
}
