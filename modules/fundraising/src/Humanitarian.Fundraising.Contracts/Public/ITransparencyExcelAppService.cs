using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Fundraising.Public;

/// <summary>
/// A fund's public statement as an Excel workbook (.xlsx), without sign-in, at
/// <c>/api/public/transparency/{tenantName}/funds/{fundId}/export-excel</c>: what the statement shows and
/// nothing more, answering 404 where the statement does.
/// </summary>
public interface ITransparencyExcelAppService : IApplicationService
{
    /// <summary>A sheet of the donations and one of the disbursements of the year (none: all years), every one of them, oldest first.</summary>
    Task<IRemoteStreamContent> ExportExcelAsync(string tenantName, Guid fundId, PublicFundInput input);
}
