using Humanitarian.Framework.Application;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Committees;

public interface ICommitteeExcelAppService : IApplicationService
{
    /// <summary>Every member of the committee, current and ended (its history), as an .xlsx file.</summary>
    Task<FileContentResult> ExportMembersExcelAsync(Guid id);
}
