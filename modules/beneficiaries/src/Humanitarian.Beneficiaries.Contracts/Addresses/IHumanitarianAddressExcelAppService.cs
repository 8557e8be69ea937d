using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;

namespace Humanitarian.Beneficiaries.Addresses;

/// <summary>Humanitarian addresses in and out of Excel (.xlsx), at <c>/api/app/humanitarian-address/…</c>.</summary>
public interface IHumanitarianAddressExcelAppService : IApplicationService
{
    /// <summary>
    /// The addresses matching the list's filters, one row each, in the import's columns: the file imports
    /// back. National ID, HIV/AIDS and health details only with the sensitive-data permission, and such an
    /// export is recorded in the audit log as a read of each record's sensitive data.
    /// </summary>
    Task<IRemoteStreamContent> ExportExcelAsync(HumanitarianAddressExcelExportInput input);

    /// <summary>
    /// Checks every row and writes the addresses (or nothing, by <paramref name="mode"/>), each through the
    /// address API's rules; probable duplicates (of an existing address or of another row) are written and
    /// counted in <see cref="ExcelImportResultDto.FlaggedRows"/>. Answers with an
    /// <see cref="ExcelImportResultDto"/> (200), or, for more than
    /// <see cref="ExcelImportConsts.BackgroundImportThreshold"/> rows, an <see cref="ExcelImportOperationDto"/> (202).
    /// </summary>
    Task<ExcelImportAnswerDto> ImportExcelAsync(IRemoteStreamContent? file, ExcelImportMode mode = ExcelImportMode.AllOrNothing, bool dryRun = false);

    Task<ExcelImportProgressDto> GetImportProgressAsync(Guid operationId);
}
