using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Organization.Committees;

public interface ICommitteeExcelAppService : IApplicationService
{
    /// <summary>Every member of the committee, current and ended (its history), as an .xlsx file.</summary>
    Task<IRemoteStreamContent> ExportMembersExcelAsync(Guid id);
}
