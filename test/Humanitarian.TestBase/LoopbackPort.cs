using System.Net;
using System.Net.Sockets;

namespace Humanitarian.TestBase;

public static class LoopbackPort
{
    /// <summary>
    /// A port free on 127.0.0.1 now, released for the caller: nothing listens there until someone starts,
    /// though another process may take it in between.
    /// </summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
