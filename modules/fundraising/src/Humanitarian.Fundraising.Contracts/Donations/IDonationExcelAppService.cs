using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;

namespace Humanitarian.Fundraising.Donations;

/// <summary>Donations in and out of Excel (.xlsx), at <c>/api/app/donation/…</c>.</summary>
public interface IDonationExcelAppService : IApplicationService
{
    /// <summary>The donations matching the list's filters, one row each, cancelled ones marked with their reason.</summary>
    Task<IRemoteStreamContent> ExportExcelAsync(DonationListInput input);

    /// <summary>An empty list in the import's columns, headed in the request's language (both languages import).</summary>
    Task<IRemoteStreamContent> GetImportTemplateAsync();

    /// <summary>
    /// Checks every row of a list of donations (or a bank statement with a fund code column) and records
    /// them (or nothing, by <paramref name="mode"/>), each as <see cref="IDonationAppService.CreateAsync"/>
    /// does, receipts numbered in the sheet's order; a donor not found by tax code or name is created and
    /// the row flagged. Answers with an <see cref="ExcelImportResultDto"/> (200), or, for more than
    /// <see cref="ExcelImportConsts.BackgroundImportThreshold"/> rows, an <see cref="ExcelImportOperationDto"/> (202).
    /// </summary>
    Task<ExcelImportAnswerDto> ImportExcelAsync(IRemoteStreamContent? file, ExcelImportMode mode = ExcelImportMode.AllOrNothing, bool dryRun = false);

    Task<ExcelImportProgressDto> GetImportProgressAsync(Guid operationId);
}
